package org.factlint.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.factlint.report.ReportedClaim;

/**
 * Scores claims against the expected items of Recognizers / Duckling cases: per category, how
 * many items an overlapping claim of a relevant type found, how many of those had the exact value,
 * and how many relevant claims overlapped nothing expected (precision).
 */
public final class CaseEval {
    /** Per category (and "category/subtype"), the counts; the failures; the skipped cases per category. */
    public record Result(Map<String, Counts> counts, List<Failure> failures, Map<String, Integer> skipped) {}

    static final Set<String> TEMPORAL = TimeMlEval.TEMPORAL;

    private final Function<EvalCase, List<ReportedClaim>> extractor;

    public CaseEval(Function<EvalCase, List<ReportedClaim>> extractor) {
        this.extractor = extractor;
    }

    /**
     * The claim types compared for a category; an empty set: factlint has no such claim type (all misses).
     * Number takes MONEY too: the Recognizers Number model reads the number inside an amount of money
     * ("$20" = 20, "3 hundred and 21 yuan" = 321), which factlint types MONEY; it reads no number glued to a
     * unit symbol ("the 180ml liquid", "29km Road": no result), so QUANTITY stays out.
     */
    public static Set<String> claimTypes(String category) {
        return switch (category) {
            case "DateTime", "Time", "Duration" -> TEMPORAL;
            case "Currency", "AmountOfMoney" -> Set.of("MONEY");
            case "Percent" -> Set.of("PERCENT");
            case "Number", "Numeral" -> Set.of("NUMBER", "MONEY");
            case "Age" -> Set.of("QUANTITY", "NUMBER", "DURATION");
            default -> Set.of("QUANTITY");
        };
    }

    public Result score(List<EvalCase> cases, Map<String, Integer> skipped) {
        Map<String, Counts> counts = new LinkedHashMap<>();
        List<Failure> failures = new ArrayList<>();
        for (EvalCase c : cases) {
            Set<String> types = claimTypes(c.category());
            List<ReportedClaim> claims = asOneExpression(extractor.apply(c).stream().filter(r -> types.contains(r.type())).toList());
            score(c, claims, counts, failures);
        }
        return new Result(counts, failures, skipped);
    }

    /**
     * Recognizers and Duckling annotate "in two weeks" or "from 2014 to 2018" as one expression: where
     * factlint composed a reading, it stands for the claims inside it (which TimeML scoring keeps).
     */
    static List<ReportedClaim> asOneExpression(List<ReportedClaim> claims) {
        List<ReportedClaim> composed = claims.stream().filter(ReportedClaim::composed).toList();
        if (composed.isEmpty()) return claims;
        List<ReportedClaim> kept = new ArrayList<>();
        for (ReportedClaim claim : claims) {
            boolean inside = false;
            for (ReportedClaim reading : composed) {
                if (reading != claim && !claim.composed() && reading.location().start() <= claim.location().start()
                        && claim.location().end() <= reading.location().end()) {
                    inside = true;
                    break;
                }
            }
            if (!inside) kept.add(claim);
        }
        return kept;
    }

    static void score(EvalCase c, List<ReportedClaim> claims, Map<String, Counts> counts, List<Failure> failures) {
        Counts category = counts.computeIfAbsent(c.category(), k -> new Counts());
        List<Span> gold = c.expected().stream().map(EvalCase.Expected::span).toList();
        List<Span> system = claims.stream().map(r -> new Span(r.location().start(), r.location().end())).toList();
        List<SpanMatcher.Pair> pairs = SpanMatcher.match(gold, system);
        boolean[] goldMatched = new boolean[gold.size()];
        boolean[] systemMatched = new boolean[system.size()];
        category.system += claims.size();
        for (EvalCase.Expected e : c.expected()) {
            category.gold++;
            if (e.subtype() != null) counts.computeIfAbsent(c.category() + "/" + e.subtype(), k -> new Counts()).gold++;
        }
        for (SpanMatcher.Pair pair : pairs) {
            EvalCase.Expected e = c.expected().get(pair.gold());
            ReportedClaim r = claims.get(pair.system());
            goldMatched[pair.gold()] = true;
            systemMatched[pair.system()] = true;
            boolean strict = e.span().equals(system.get(pair.system()));
            boolean value = ValueMatcher.matches(e.value(), r) || matchesHighEnd(e, r);
            List<Counts> targets = new ArrayList<>(List.of(category));
            if (e.subtype() != null) {
                Counts sub = counts.get(c.category() + "/" + e.subtype());
                targets.add(sub);
            }
            for (Counts t : targets) {
                t.relaxed++;
                if (strict) t.strict++;
                if (value) {
                    t.value++;
                    t.type++;
                }
            }
            if (!value) {
                failures.add(new Failure("VALUE", label(c, e), c.id(), Failure.describe(e.text(), e.value()),
                        Failure.describe(r.location().text(), r.value() + (r.unit() == null ? "" : " " + r.unit())), c.input()));
            }
        }
        for (int i = 0; i < gold.size(); i++) {
            if (goldMatched[i]) continue;
            EvalCase.Expected e = c.expected().get(i);
            failures.add(new Failure("MISSED", label(c, e), c.id(), Failure.describe(e.text(), e.value()), "", c.input()));
        }
        for (int i = 0; i < claims.size(); i++) {
            if (systemMatched[i]) continue;
            ReportedClaim r = claims.get(i);
            failures.add(new Failure("SPURIOUS", c.category(), c.id(), "",
                    Failure.describe(r.location().text(), r.value() + (r.unit() == null ? "" : " " + r.unit()) + " " + r.type()),
                    c.input()));
        }
    }

    /**
     * A numeric range ("eight to 10 feet": 8..10) where the expected item is only its high part
     * ("10 feet"): the expected item starts after the range's low figure, so it is compared with the
     * high end.
     */
    static boolean matchesHighEnd(EvalCase.Expected e, ReportedClaim r) {
        return r.high() instanceof Number high && e.span().start() > r.location().start()
                && ValueMatcher.matches(e.value(), high, r.unit());
    }

    private static String label(EvalCase c, EvalCase.Expected e) {
        return e.subtype() == null ? c.category() : c.category() + "/" + e.subtype();
    }
}
