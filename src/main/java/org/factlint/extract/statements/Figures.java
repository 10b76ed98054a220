package org.factlint.extract.statements;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factlint.extract.NumberWords;

/**
 * The regex fragments statement recognizers share, and the reading of one matched figure:
 * "18", "1,200", "2.5", "$8m", "£1.2 billion", "twenty-five", "25%", "25 per cent", "5 percentage points",
 * each with an optional hedge ("about 30%"). Fragments hold no capturing groups so recognizers can
 * name their own; {@link #read} parses the text a group captured.
 */
public final class Figures {
    private Figures() {}

    static final String HEDGE = "(?:(?:just\\s|well\\s)?(?:about|around|nearly|almost|roughly|some|approximately|close\\sto"
            + "|more\\sthan|over|less\\sthan|under|fewer\\sthan|at\\sleast|up\\sto|an\\sestimated|an\\sapproximate"
            + "|upwards\\sof|barely|just)\\s)";
    static final String CURRENCY = "(?:US\\$|A\\$|C\\$|HK\\$|NZ\\$|S\\$|\\$|£|€|¥)";
    static final String DIGITS = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
    static final String SCALE = "(?:\\s?(?:k|m|bn|tn)\\b|\\s(?:thousand|million|billion|trillion)\\b)";
    /** Number words, but never a bare "a"/"an" (too common to be a figure). */
    static final String WORDS = "(?:(?!an?\\b)" + NumberWords.PATTERN + ")\\b";
    static final String PERCENT_UNIT = "(?:\\s?%|\\s?percent\\b|\\s?per\\s?cent\\b|\\s?pc\\b)";
    static final String POINTS_UNIT = "(?:\\s(?:percentage|percent|per\\scent)[\\s-]points?\\b)";

    /** A plain amount: digits or number words, with currency and scale. */
    static final String AMOUNT = "(?:" + HEDGE + "?" + CURRENCY + "?\\s?(?:" + DIGITS + SCALE + "?|" + WORDS + "))";
    /** A percentage or a number of percentage points. */
    static final String PERCENT = "(?:" + HEDGE + "?(?:" + DIGITS + "|" + WORDS + ")(?:" + POINTS_UNIT + "|" + PERCENT_UNIT + "))";
    /** Either. */
    static final String FIGURE = "(?:" + HEDGE + "?" + CURRENCY + "?\\s?(?:" + DIGITS + "|" + WORDS + ")(?:" + POINTS_UNIT
            + "|" + PERCENT_UNIT + "|" + SCALE + ")?)";

    /** Left edge: not inside a word, a number or after a currency symbol. */
    static final String EDGE = "(?<![\\p{L}\\p{N}.,$£€¥%-])";

    private static final Pattern PARTS = Pattern.compile(
            "(?<hedge>" + HEDGE + ")?(?<core>(?<cur>" + CURRENCY + ")?\\s?(?:(?<digits>" + DIGITS + ")|(?<words>" + NumberWords.PATTERN
            + "))(?:(?<points>" + POINTS_UNIT + ")|(?<pct>" + PERCENT_UNIT + ")|(?<scale>" + SCALE + "))?)",
            Pattern.CASE_INSENSITIVE);

    /**
     * Reads one figure captured by a recognizer.
     *
     * @param text   the captured text (a match of {@link #AMOUNT}, {@link #PERCENT} or {@link #FIGURE})
     * @param offset its plain-text offset
     * @return the figure, or null when it cannot be read
     */
    static Figure read(String text, int offset) {
        Matcher m = PARTS.matcher(text);
        if (!m.matches()) return null;
        double value;
        double precision;
        boolean decimal = false;
        if (m.group("digits") != null) {
            String digits = m.group("digits").replace(",", "");
            value = Double.parseDouble(digits);
            int dot = digits.indexOf('.');
            decimal = dot >= 0;
            precision = decimal ? Math.pow(10, -(digits.length() - dot - 1)) : 1;
        } else {
            OptionalLong words = NumberWords.parse(m.group("words"));
            if (words.isEmpty()) return null;
            value = words.getAsLong();
            precision = 1;
        }
        Figure.Kind kind = m.group("points") != null ? Figure.Kind.POINTS
                : m.group("pct") != null ? Figure.Kind.PERCENT : Figure.Kind.COUNT;
        double factor = 1;
        boolean scaled = false;
        if (m.group("scale") != null) {
            scaled = true;
            factor = switch (m.group("scale").trim().toLowerCase(Locale.ROOT)) {
                case "k", "thousand" -> 1e3;
                case "m", "million" -> 1e6;
                case "bn", "billion" -> 1e9;
                default -> 1e12;
            };
        }
        String hedge = m.group("hedge") == null ? null : m.group("hedge").trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        int coreStart = m.start("core");
        String core = m.group("core");
        int lead = core.length() - core.stripLeading().length();
        return new Figure(offset + coreStart + lead, offset + m.end("core"), core.strip(), value * factor, precision * factor,
                kind, m.group("cur") == null ? "" : m.group("cur"), scaled, decimal, hedge);
    }
}
