package org.factlint.extract.statements;

import static org.factlint.extract.statements.Figures.EDGE;
import static org.factlint.extract.statements.Figures.FIGURE;
import static org.factlint.extract.statements.Figures.PERCENT;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factlint.extract.SkippingMatcher;

/**
 * Finds a change between two figures stated a second way, the figures and the statement adjacent:
 * <ul>
 * <li>"from 120 to 150, up 30%", "from 80 to 100, a 25% rise", "from 80 to 100, an increase of 25%";</li>
 * <li>"rose 25%, from 80 to 100", "was up three percent, from 11 percent to 14 percent";</li>
 * <li>"rose 25% to 100 from 80";</li>
 * <li>"halved from 8m to 5m", "doubled to 40 from 20".</li>
 * </ul>
 * "from 40 to 30 percent" reads the first figure as a percentage too, "from 1.5 to 2 billion" as billions.
 */
final class ChangeRecognizer {
    static final String UP_VERBS = "rose|risen|rising|rises|increased|increases|increasing|grew|grown|grows|growing"
            + "|jumped|jumps|jumping|climbed|climbs|climbing|surged|surges|surging|soared|soaring|gained|gaining"
            + "|advanced|expanded|expanding|up|higher";
    static final String DOWN_VERBS = "fell|fallen|falls|falling|dropped|drops|dropping|declined|declines|declining"
            + "|decreased|decreases|decreasing|slipped|slid|sank|plunged|plummeted|tumbled|shrank|shrunk|shrinking"
            + "|eased|dipped|down|lower|cut|reduced|slashed|lowered";
    static final String UP_NOUNS = "rise|increase|gain|jump|growth|surge|climb|hike|expansion";
    static final String DOWN_NOUNS = "fall|drop|decline|decrease|cut|reduction|loss|slump|plunge|contraction";
    private static final Set<String> UP = Set.of((UP_VERBS + "|" + UP_NOUNS).split("\\|"));

    /** Words after a figure that belong to it: a unit ("tonnes", "yuan") or its date ("in 2002"). */
    private static final String UNIT = "(?:\\s(?:in\\s)?(?:19|20)\\d\\d|\\s(?!to\\b|from\\b|and\\b|or\\b|up\\b|down\\b|a\\b|an\\b)[\\p{L}'’]+){0,5}?";
    private static final String FROM_TO = "from\\s(?<a>" + FIGURE + ")" + UNIT + "\\sto\\s(?<b>" + FIGURE + ")" + UNIT;
    private static final String TO_FROM = "to\\s(?<b>" + FIGURE + ")" + UNIT + "\\sfrom\\s(?<a>" + FIGURE + ")";
    private static final String STATED = "(?<p>" + PERCENT + ")";

    private static final Pattern AFTER = Pattern.compile(EDGE + FROM_TO + ",?\\s(?:"
            + "(?<dir>up|down)(?:\\sby)?\\s" + STATED
            + "|(?:an?\\s|or\\san?\\s|representing\\san?\\s|marking\\san?\\s)(?<p2>" + PERCENT + ")[\\s-](?<noun>" + UP_NOUNS + "|" + DOWN_NOUNS + ")\\b"
            + "|(?:an?\\s|representing\\san?\\s|marking\\san?\\s)(?<noun2>" + UP_NOUNS + "|" + DOWN_NOUNS + ")\\sof\\s(?<p3>" + PERCENT + "))",
            Pattern.CASE_INSENSITIVE);
    private static final String VERB = "\\b(?<verb>" + UP_VERBS + "|" + DOWN_VERBS + ")(?:\\sby)?\\s" + STATED + ",?\\s";
    private static final Pattern VERB_FROM_TO = Pattern.compile(VERB + FROM_TO, Pattern.CASE_INSENSITIVE);
    private static final Pattern VERB_TO_FROM = Pattern.compile(VERB + TO_FROM, Pattern.CASE_INSENSITIVE);
    private static final String FACTOR = "\\b(?<factor>halved|doubled|tripled|trebled|quadrupled)(?:\\sin\\s(?:value|size|number))?,?\\s";
    private static final Pattern FACTOR_FROM_TO = Pattern.compile(FACTOR + FROM_TO, Pattern.CASE_INSENSITIVE);
    private static final Pattern FACTOR_TO_FROM = Pattern.compile(FACTOR + TO_FROM, Pattern.CASE_INSENSITIVE);

    /**
     * "300,000 visitors, three times as many as the 100,000 of 2019", "£40m, twice the £20m of last
     * year": a multiple of another figure. "Three times more than" is left out: read both as 3x and 4x.
     */
    private static final Pattern TIMES = Pattern.compile(EDGE + "(?<b>" + FIGURE + ")" + UNIT + ",?\\s(?:or\\s)?"
            + "(?<mult>twice|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})(?:\\stimes)?\\s"
            + "(?:as\\s(?:many|much)\\sas|the)\\s(?:the\\s|its\\s|their\\s)?(?<a>" + FIGURE + ")", Pattern.CASE_INSENSITIVE);

    /** "ranging from 18 to 25", "aged from 18 to 25": a range, not a change. */
    private static final Pattern RANGE_BEFORE = Pattern.compile("(?:rang\\w*|var\\w*|aged?|between|anywhere|estimates?|up)\\s+$",
            Pattern.CASE_INSENSITIVE);
    /** "from 1 to 10 January", "from 9 to 11 am": days or hours, not figures. */
    private static final Pattern DATE_AFTER = Pattern.compile("^\\s*(?:January|February|March|April|May|June|July|August"
            + "|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|a\\.m|p\\.m|am\\b|pm\\b|GMT|hours|o'clock)",
            Pattern.CASE_INSENSITIVE);

    private ChangeRecognizer() {}

    static List<ChangeStatement> find(String text, int from, int to, int sentence) {
        List<ChangeStatement> found = new ArrayList<>();
        for (Pattern pattern : List.of(AFTER, VERB_FROM_TO, VERB_TO_FROM, FACTOR_FROM_TO, FACTOR_TO_FROM, TIMES)) {
            scan(pattern, text, from, to, sentence, found);
        }
        return found;
    }

    private static void scan(Pattern pattern, String text, int from, int to, int sentence, List<ChangeStatement> found) {
        SkippingMatcher scan = new SkippingMatcher(pattern, text, from, to);
        while (scan.find()) {
            ChangeStatement statement = read(scan.matcher(), text, from, to, sentence);
            if (statement != null) found.add(statement);
        }
    }

    private static ChangeStatement read(Matcher m, String text, int from, int to, int sentence) {
        int fromWord = text.lastIndexOf("from", m.start("a"));
        if (fromWord >= from && RANGE_BEFORE.matcher(text.substring(Math.max(from, fromWord - 15), fromWord)).find()) return null;
        if (DATE_AFTER.matcher(text.substring(m.end("a"), Math.min(to, m.end("a") + 12))).find()) return null;
        if (DATE_AFTER.matcher(text.substring(m.end("b"), Math.min(to, m.end("b") + 12))).find()) return null;
        Figure a = Figures.read(m.group("a"), m.start("a"));
        Figure b = Figures.read(m.group("b"), m.start("b"));
        if (a == null || b == null || a.hedged() || b.hedged() || a.looksLikeYear() || b.looksLikeYear()) return null;
        if (a.kind() == Figure.Kind.POINTS || b.kind() == Figure.Kind.POINTS) return null;
        // "from 40 to 30 percent", "from 1.5 to 2 billion": the first figure takes the unit of the second
        if (a.kind() == Figure.Kind.COUNT && b.kind() == Figure.Kind.PERCENT && a.currency().isEmpty() && !a.scaled()) {
            a = a.asKind(Figure.Kind.PERCENT);
        }
        if (b.scaled() && !a.scaled() && a.value() < 1000) a = a.withScale(scaleOf(b));
        if (a.kind() != b.kind() || !a.currency().equals(b.currency()) && !a.currency().isEmpty()) return null;
        if (a.value() <= 0 || b.value() < 0 || a.value() == b.value()) return null;
        int start = Math.min(m.start(), m.start("a"));
        if (hasGroup(m, "mult")) {
            String mult = m.group("mult").toLowerCase(Locale.ROOT);
            boolean twice = mult.equals("twice");
            if (!twice && !m.group().toLowerCase(Locale.ROOT).contains("times")) return null; // "three the ..." is no multiple
            double factor = twice ? 2 : mult.matches("\\d+") ? Integer.parseInt(mult)
                    : org.factlint.extract.NumberWords.parse(mult).orElse(0);
            if (factor < 2) return null;
            if (precededByHedge(text, from, m.start("mult"))) return null;
            String phrase = text.substring(m.start("mult"), m.start("a")).toLowerCase(Locale.ROOT);
            String word = m.group("mult") + (phrase.contains("times") ? " times" : "")
                    + (phrase.contains(" many") ? " as many" : phrase.contains(" much") ? " as much" : "");
            return new ChangeStatement(start, m.end(), sentence, a, b, null, 1, word, factor);
        }
        if (hasGroup(m, "factor")) {
            String word = m.group("factor").toLowerCase(Locale.ROOT);
            double factor = switch (word) {
                case "halved" -> 0.5;
                case "doubled" -> 2;
                case "tripled", "trebled" -> 3;
                default -> 4;
            };
            if (precededByHedge(text, from, m.start("factor"))) return null;
            return new ChangeStatement(start, m.end(), sentence, a, b, null, factor < 1 ? -1 : 1, word, factor);
        }
        String group = m.group("p") != null ? "p" : m.group("p2") != null ? "p2" : "p3";
        Figure stated = Figures.read(m.group(group), m.start(group));
        if (stated == null || stated.kind() == Figure.Kind.COUNT) return null;
        String word = firstNonNull(m, "dir", "noun", "noun2", "verb").toLowerCase(Locale.ROOT);
        int direction = UP.contains(word) ? 1 : -1;
        return new ChangeStatement(start, Math.max(m.end(), m.end(group)), sentence, a, b, stated, direction, word, 0);
    }

    private static boolean precededByHedge(String text, int from, int at) {
        String before = text.substring(Math.max(from, at - 20), at).toLowerCase(Locale.ROOT);
        return before.matches(".*\\b(?:nearly|almost|more\\sthan|roughly|about|around|virtually|effectively|practically|not|never)\\s+$");
    }

    private static double scaleOf(Figure figure) {
        String scale = figure.text().replaceAll("^.*\\d\\s?", "").toLowerCase(Locale.ROOT);
        if (scale.startsWith("k") || scale.startsWith("thousand")) return 1e3;
        if (scale.startsWith("m")) return 1e6;
        if (scale.startsWith("b")) return 1e9;
        return 1e12;
    }

    private static boolean hasGroup(Matcher m, String name) {
        try {
            return m.group(name) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String firstNonNull(Matcher m, String... names) {
        for (String name : names) {
            if (hasGroup(m, name)) return m.group(name);
        }
        return "";
    }
}
