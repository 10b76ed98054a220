package org.factlint.extract.statements;

import static org.factlint.extract.statements.Figures.AMOUNT;
import static org.factlint.extract.statements.Figures.EDGE;
import static org.factlint.extract.statements.Figures.PERCENT;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factlint.extract.SkippingMatcher;

/**
 * Finds a total and the parts a sentence breaks it into:
 * <ul>
 * <li>a count and the names listed after a dash, colon or bracket: "two airlines – Ryanair, easyJet and Wizz Air";</li>
 * <li>an amount and the amounts listed after a colon or dash: "the $20m grant: $12m for schools and $9m for roads";</li>
 * <li>percentages listed as shares of one vote or poll: "40% voted yes, 45% no and 20% abstained".</li>
 * </ul>
 * Lists marked as partial ("including", "such as", "among them", "and others", "at least") are skipped.
 */
final class PartsRecognizer {
    private static final String SEPARATOR = "(?:\\s?[–—]\\s?|\\s?--\\s?|\\s-\\s|:\\s|\\s\\()";
    private static final String WORD = "[\\p{L}\\p{N}&'’]*(?:\\.\\p{L}[\\p{L}\\p{N}&'’]*)*";
    private static final String NAME = "(?:\\p{Lu}|\\p{Ll}{1,5}\\p{Lu})" + WORD
            + "(?:[\\s-](?:of\\s|de\\s|la\\s|van\\s|von\\s|al-|bin\\s|del\\s)?\\p{Lu}" + WORD + "){0,3}";
    private static final Pattern NAMED = Pattern.compile("\\b(?<n>(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|[2-9]|1[0-2])"
            + "\\s(?<noun>(?:[\\p{Ll}-]+\\s){0,2}[\\p{Ll}-]+s)" + SEPARATOR
            + "(?<list>" + NAME + "(?:,\\s" + NAME + ")*,?\\s(?:and|or)\\s" + NAME + ")(?=\\s?(?:[.;:)–—,]|--|$))");
    private static final Pattern LIST_SPLIT = Pattern.compile(",\\s(?:and\\s|or\\s)?|\\s(?:and|or)\\s");
    /** Names with "and" inside them, which would otherwise count as two. */
    private static final Set<String> AND_NAMES = Set.of("Herzegovina", "Tobago", "Barbuda", "Nevis", "Principe",
            "Grenadines", "Caicos", "Futuna", "Miquelon", "Gamble", "Spencer", "Young", "Johnson", "Jerry", "Gabbana",
            "Noble", "Company", "Co", "Sons", "Partners", "Mary", "Jill", "Bosnia");

    private static final Pattern SUM = Pattern.compile(EDGE + "(?<total>" + AMOUNT + ")(?<noun>(?:\\s[\\p{L}'’-]+){1,6}?)"
            + "(?::\\s|\\s?[–—]\\s?|\\s--\\s?|\\s-\\s)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUM_ITEM = Pattern.compile("(?<fig>" + AMOUNT + ")(?<words>(?:\\s(?!and\\b|or\\b)[\\p{L}'’-]+){0,8})"
            + "(?<sep>,\\s(?:and\\s)?|\\sand\\s|\\s?(?=[.;)–—]|--)|\\s?$)", Pattern.CASE_INSENSITIVE);

    private static final Pattern SHARE = Pattern.compile(EDGE + "(?<p>" + PERCENT + ")", Pattern.CASE_INSENSITIVE);
    /** Between two shares of one list: a few words, a comma or "and", nothing else. */
    private static final Pattern SHARE_GAP = Pattern.compile("(?:\\s[\\p{L}'’-]+){0,5},?\\s(?:and\\s|while\\s)?(?:[\\p{L}'’-]+\\s){0,3}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SHARE_CUE = Pattern.compile("\\b(?:vot\\w*|ballots?|backed|back|support\\w*|oppos\\w*|favou?r\\w*"
            + "|abstain\\w*|undecided|yes|no|respondents|polled|poll|survey\\w*|approv\\w*|disapprov\\w*|against)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_SHARES = Pattern.compile("\\b(?:rose|risen|rise|rises|rising|fell|fall|falls|falling|up|down"
            + "|increase\\w*|decrease\\w*|grow\\w*|grew|growth|drop\\w*|declin\\w*|jump\\w*|gain\\w*|respectively|compared"
            + "|each|both|respective|points|than|from|previous|last|earlier|before|after|interest|rates?|inflation|tax\\w*"
            + "|stakes?|owns?|held|holds|margin|turnout|men|women|while|whereas)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern PARTIAL = Pattern.compile("\\b(?:including|includes|include|such\\sas|among\\sthem|among\\sothers"
            + "|and\\sothers|and\\sother|or\\sother|others|etc|at\\sleast|among|like|e\\.g|for\\sexample|for\\sinstance|notably"
            + "|mainly|mostly|largely|chiefly|partly|some|of\\swhich|remaining|rest|other|another|plus|as\\swell\\sas|also|alone|first|last)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEDGED_COUNT = Pattern.compile("(?:at\\sleast|more\\sthan|over|some|about|nearly|almost|around"
            + "|up\\sto|fewer\\sthan|less\\sthan|the\\sfirst|the\\slast|the\\sother|of\\sthe|of|among|including|top)\\s+$",
            Pattern.CASE_INSENSITIVE);

    private PartsRecognizer() {}

    static List<PartsStatement> find(String text, int from, int to, int sentence) {
        List<PartsStatement> found = new ArrayList<>();
        named(text, from, to, sentence, found);
        sums(text, from, to, sentence, found);
        shares(text, from, to, sentence, found);
        return found;
    }

    private static void named(String text, int from, int to, int sentence, List<PartsStatement> found) {
        SkippingMatcher scan = new SkippingMatcher(NAMED, text, from, to);
        Matcher m = scan.matcher();
        while (scan.find()) {
            if (HEDGED_COUNT.matcher(text.substring(Math.max(from, m.start() - 15), m.start())).find()) continue;
            if (PARTIAL.matcher(m.group("noun")).find()) continue;
            if (PARTIAL.matcher(text.substring(m.end(), Math.min(to, m.end() + 25))).find()) continue;
            String list = m.group("list");
            if (list.split("\\s(?:and|or)\\s", -1).length > 2) continue; // "Procter and Gamble and Unilever"
            Figure total = Figures.read(m.group("n"), m.start("n"));
            if (total == null) continue;
            List<Figure> names = new ArrayList<>();
            Matcher split = LIST_SPLIT.matcher(list);
            int at = 0;
            boolean ambiguous = false;
            while (true) {
                boolean more = split.find();
                int end = more ? split.start() : list.length();
                String name = list.substring(at, end);
                if (AND_NAMES.contains(name.split("\\s")[0]) && more) ambiguous = true;
                if (AND_NAMES.contains(name.split("\\s")[0]) && !names.isEmpty()) ambiguous = true;
                int s = m.start("list") + at;
                names.add(new Figure(s, s + name.length(), name, 1, 0, Figure.Kind.COUNT, "", false, false, null));
                if (!more) break;
                at = split.end();
            }
            if (ambiguous) continue;
            found.add(new PartsStatement(m.start("n"), m.end("list"), sentence, PartsStatement.Kind.NAMED, total, names));
        }
    }

    private static void sums(String text, int from, int to, int sentence, List<PartsStatement> found) {
        SkippingMatcher scan = new SkippingMatcher(SUM, text, from, to);
        Matcher m = scan.matcher();
        while (scan.find()) {
            Figure total = Figures.read(m.group("total"), m.start("total"));
            if (total == null || total.hedged() || total.kind() != Figure.Kind.COUNT || total.looksLikeYear()) continue;
            if (total.currency().isEmpty()) continue; // money only: bare counts before a colon are too often something else
            int clauseEnd = clauseEnd(text, m.end(), to);
            String clause = text.substring(m.end(), clauseEnd);
            if (PARTIAL.matcher(clause).find() || PARTIAL.matcher(m.group("noun")).find()) continue;
            List<Figure> parts = new ArrayList<>();
            Matcher item = SUM_ITEM.matcher(text).region(m.end(), clauseEnd).useTransparentBounds(true);
            int at = m.end();
            boolean joined = false;
            boolean ok = true;
            while (at < clauseEnd) {
                item.region(at, clauseEnd);
                if (!item.lookingAt()) {
                    ok = false;
                    break;
                }
                Figure part = Figures.read(item.group("fig"), item.start("fig"));
                if (part == null || part.hedged() || part.kind() != Figure.Kind.COUNT || !part.currency().equals(total.currency())) {
                    ok = false;
                    break;
                }
                parts.add(part);
                if (item.group("sep").contains("and")) joined = true;
                if (item.end() == at) break;
                at = item.end();
                if (item.group("sep").isBlank()) break;
            }
            if (!ok || !joined || parts.size() < 2) continue;
            found.add(new PartsStatement(m.start("total"), parts.get(parts.size() - 1).end(), sentence,
                    PartsStatement.Kind.SUM, total, parts));
        }
    }

    private static int clauseEnd(String text, int start, int to) {
        for (int i = start; i < to; i++) {
            char c = text.charAt(i);
            if (c == ';' || c == ')' || c == '–' || c == '—') return i;
            if (c == '.' && (i + 1 >= to || !Character.isDigit(text.charAt(i + 1)))) return i;
            if (c == '-' && i + 1 < to && text.charAt(i + 1) == '-') return i;
        }
        return to;
    }

    private static void shares(String text, int from, int to, int sentence, List<PartsStatement> found) {
        String whole = text.substring(from, to);
        if (!SHARE_CUE.matcher(whole).find() || NOT_SHARES.matcher(whole).find()) return;
        Matcher m = SHARE.matcher(text).region(from, to).useTransparentBounds(true);
        List<Figure> run = new ArrayList<>();
        int lastEnd = -1;
        while (m.find()) {
            Figure share = Figures.read(m.group("p"), m.start("p"));
            if (share == null) continue;
            if (!shareOfTheWhole(text, from, to, m.start(), m.end())) return;
            boolean continues = lastEnd >= 0 && SHARE_GAP.matcher(text.substring(lastEnd, m.start())).matches();
            if (!continues) {
                emitShares(run, sentence, found);
                run = new ArrayList<>();
            }
            run.add(share);
            lastEnd = m.end();
        }
        emitShares(run, sentence, found);
    }

    /** "the 50 percent needed", "31 percent in primary schools", "40 percent of men": a threshold or another whole. */
    private static final Pattern OTHER_WHOLE_BEFORE = Pattern.compile("\\b(?:the|than|a|an|to|by|from|of|at)\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OTHER_WHOLE_AFTER = Pattern.compile("^\\s+(?:in|among|for|at|on|of(?!\\s(?:the\\s)?(?:votes?|ballots?"
            + "|respondents|those\\s(?:polled|asked|surveyed)|people\\s(?:polled|asked|surveyed)|voters)\\b))\\b",
            Pattern.CASE_INSENSITIVE);

    private static boolean shareOfTheWhole(String text, int from, int to, int start, int end) {
        return !OTHER_WHOLE_BEFORE.matcher(text.substring(Math.max(from, start - 8), start)).find()
                && !OTHER_WHOLE_AFTER.matcher(text.substring(end, Math.min(to, end + 40))).find();
    }

    private static void emitShares(List<Figure> run, int sentence, List<PartsStatement> found) {
        if (run.size() < 2) return;
        for (Figure share : run) {
            if (share.kind() != Figure.Kind.PERCENT || share.value() > 100) return;
        }
        found.add(new PartsStatement(run.get(0).start(), run.get(run.size() - 1).end(), sentence, PartsStatement.Kind.SHARES,
                null, run));
    }
}
