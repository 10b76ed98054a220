package org.factlint.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.factlint.report.ReportedClaim;

/**
 * Scores temporal claims against the gold TIMEX3 of TimeML files (TempEval-3 style): strict and
 * relaxed span P/R/F1, value F1 (relaxed match and equal value), type accuracy, per TIMEX3 type.
 */
public final class TimeMlEval {
    static final Set<String> TEMPORAL = Set.of("DATE", "TIME", "DURATION", "SET");

    /** Overall counts; per type, recall-side counts by gold type and precision-side counts by system type. */
    public record Result(int documents, Counts overall, Map<String, Counts> byGoldType, Map<String, Counts> bySystemType,
                         List<Failure> failures) {}

    private final Function<TimeMlDocument, List<ReportedClaim>> extractor;

    /** @param extractor the claims of a document's stripped text with its DCT as publication date */
    public TimeMlEval(Function<TimeMlDocument, List<ReportedClaim>> extractor) {
        this.extractor = extractor;
    }

    /** Every .tml file under the path (a file or folder), sorted, at most {@code limit} (0: all). */
    public static List<Path> files(Path root, int limit) throws IOException {
        if (Files.isRegularFile(root)) return List.of(root);
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
            return limit > 0 && files.size() > limit ? files.subList(0, limit) : files;
        }
    }

    public Result run(List<Path> files) throws IOException {
        List<TimeMlDocument> documents = new ArrayList<>();
        for (Path file : files) {
            documents.add(TimeMlDocument.parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
        }
        return score(documents);
    }

    public Result score(List<TimeMlDocument> documents) {
        Counts overall = new Counts();
        Map<String, Counts> byGold = new TreeMap<>();
        Map<String, Counts> bySystem = new TreeMap<>();
        List<Failure> failures = new ArrayList<>();
        for (TimeMlDocument document : documents) {
            // TimeML annotates "from 1990 to 1995" as two DATEs and "a letter in two weeks" as a DURATION (its one
            // future "redeemed in five years" is a DATE): the composed readings over such claims are mostly not what
            // it annotates, so only the base claims are scored.
            List<ReportedClaim> claims = extractor.apply(document).stream()
                    .filter(c -> TEMPORAL.contains(c.type()) && !c.composed()).toList();
            scoreDocument(document, claims, overall, byGold, bySystem, failures);
        }
        return new Result(documents.size(), overall, byGold, bySystem, failures);
    }

    /**
     * TempEval-3 compares value strings; the liberties taken are the spellings that denote the same
     * value: the week number's zero padding, which some gold files leave out ("2000-W7" is ISO week
     * 2000-W07), and zero minutes of a clock time ("T17:00" is "T17"), as {@link ValueMatcher} allows.
     */
    static boolean sameValue(String system, String gold) {
        return ValueMatcher.normalizeTimex(padWeek(system)).equals(ValueMatcher.normalizeTimex(padWeek(gold)));
    }

    private static String padWeek(String value) {
        return WEEK_WITHOUT_PADDING.matcher(value).replaceAll("-W0$1");
    }

    private static final java.util.regex.Pattern WEEK_WITHOUT_PADDING = java.util.regex.Pattern.compile("-W(\\d)(?!\\d)");

    static void scoreDocument(TimeMlDocument document, List<ReportedClaim> claims, Counts overall,
                              Map<String, Counts> byGold, Map<String, Counts> bySystem, List<Failure> failures) {
        List<TimeMlDocument.Timex> gold = document.timexes();
        List<Span> goldSpans = gold.stream().map(TimeMlDocument.Timex::span).toList();
        List<Span> systemSpans = claims.stream().map(c -> new Span(c.location().start(), c.location().end())).toList();
        List<SpanMatcher.Pair> pairs = SpanMatcher.match(goldSpans, systemSpans);
        boolean[] goldMatched = new boolean[gold.size()];
        boolean[] systemMatched = new boolean[claims.size()];
        for (TimeMlDocument.Timex g : gold) {
            overall.gold++;
            byGold.computeIfAbsent(g.type(), k -> new Counts()).gold++;
        }
        for (ReportedClaim c : claims) {
            overall.system++;
            bySystem.computeIfAbsent(c.type(), k -> new Counts()).system++;
        }
        String text = document.text();
        for (SpanMatcher.Pair pair : pairs) {
            TimeMlDocument.Timex g = gold.get(pair.gold());
            ReportedClaim c = claims.get(pair.system());
            goldMatched[pair.gold()] = true;
            systemMatched[pair.system()] = true;
            boolean strict = g.span().equals(systemSpans.get(pair.system()));
            boolean value = sameValue(String.valueOf(c.value()), g.value());
            boolean type = c.type().equals(g.type());
            for (Counts counts : List.of(overall, byGold.get(g.type()), bySystem.get(c.type()))) {
                counts.relaxed++;
                if (strict) counts.strict++;
                if (value) counts.value++;
                if (type) counts.type++;
            }
            String expected = Failure.describe(g.text(), g.value() + " " + g.type());
            String got = Failure.describe(c.location().text(), c.value() + " " + c.type());
            String context = Failure.context(text, g.span());
            if (!value) failures.add(new Failure("VALUE", g.type(), document.id(), expected, got, context));
            else if (!strict) failures.add(new Failure("SPAN", g.type(), document.id(), expected, got, context));
            if (!type) failures.add(new Failure("TYPE", g.type(), document.id(), expected, got, context));
        }
        for (int i = 0; i < gold.size(); i++) {
            if (goldMatched[i]) continue;
            TimeMlDocument.Timex g = gold.get(i);
            failures.add(new Failure("MISSED", g.type(), document.id(), Failure.describe(g.text(), g.value() + " " + g.type()), "",
                    Failure.context(text, g.span())));
        }
        for (int i = 0; i < claims.size(); i++) {
            if (systemMatched[i]) continue;
            ReportedClaim c = claims.get(i);
            failures.add(new Failure("SPURIOUS", c.type(), document.id(), "",
                    Failure.describe(c.location().text(), c.value() + " " + c.type()), Failure.context(text, systemSpans.get(i))));
        }
    }
}
