package org.factlint.extract;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fractions written with digits: "3/4", "10 1/2", "2-1/4", "6 3/8%", "½", "2½". */
final class Fractions {
    private static final Map<Character, double[]> VULGAR = Map.ofEntries(
            Map.entry('½', new double[] {1, 2}), Map.entry('⅓', new double[] {1, 3}), Map.entry('⅔', new double[] {2, 3}),
            Map.entry('¼', new double[] {1, 4}), Map.entry('¾', new double[] {3, 4}), Map.entry('⅕', new double[] {1, 5}),
            Map.entry('⅖', new double[] {2, 5}), Map.entry('⅗', new double[] {3, 5}), Map.entry('⅘', new double[] {4, 5}),
            Map.entry('⅙', new double[] {1, 6}), Map.entry('⅚', new double[] {5, 6}), Map.entry('⅐', new double[] {1, 7}),
            Map.entry('⅛', new double[] {1, 8}), Map.entry('⅜', new double[] {3, 8}), Map.entry('⅝', new double[] {5, 8}),
            Map.entry('⅞', new double[] {7, 8}), Map.entry('⅑', new double[] {1, 9}), Map.entry('⅒', new double[] {1, 10}));
    /**
     * Only the denominators of halves, quarters, eighths and the like: "9/11", "24/7" and "5/17/2018"
     * are names and dates, not fractions.
     */
    private static final String DENOMINATOR = "(?:2|3|4|5|6|8|10|16|32|64|100)(?![\\d/])(?![.,]\\d)";
    /** A regex alternative for {@link NumericExtractor}'s figure scan. */
    static final String PATTERN = "(?:\\d{1,3}(?:[ \\u00a0]{1,2}|-))?\\d{1,2}/" + DENOMINATOR
            + "|(?:\\d{1,3}[ \\u00a0]?)?[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒]";
    /** Whole part (separated, or attached to a vulgar fraction: "2½"), then the fraction; "11/16" has no whole part. */
    private static final Pattern PARTS = Pattern.compile("(?:(\\d+)(?:[ \\u00a0-]+|(?=\\D)))?(?:(\\d+)/(\\d+)|(\\D))");

    private Fractions() {}

    /** The value of a {@link #PATTERN} match, or null when it is no proper fraction ("5/4"). */
    static Figure value(String written) {
        Matcher m = PARTS.matcher(written.strip());
        if (!m.matches()) return null;
        double numerator;
        double denominator;
        if (m.group(4) != null) {
            double[] vulgar = VULGAR.get(m.group(4).charAt(0));
            if (vulgar == null) return null;
            numerator = vulgar[0];
            denominator = vulgar[1];
        } else {
            numerator = Double.parseDouble(m.group(2));
            denominator = Double.parseDouble(m.group(3));
        }
        if (numerator == 0 || numerator >= denominator) return null;
        BigDecimal whole = m.group(1) == null ? BigDecimal.ZERO : new BigDecimal(m.group(1));
        BigDecimal part = BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL64);
        return Figure.ofWords(whole.add(part).doubleValue());
    }
}
