package org.factlint.extract;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A power written after a figure: scientific notation "1.3x10^6", "6.02×10²³", "6.23 x 10^-4", and
 * a caret power "1.1^23", "2.5^-1". Without it the figure would be read as its mantissa and the
 * exponent as a second number ("1.3" and "6"). Superscript exponents count only after "x10": a bare
 * superscript after a number is more often a footnote mark.
 */
final class Powers {
    private static final String SIGNS = "(?<signs>[+\\-−]{0,2})";
    private static final Pattern TIMES_TEN = Pattern.compile("[ \\u00a0]?[x×*·][ \\u00a0]?10(?:\\^" + SIGNS + "(?<exp>\\d{1,3})"
            + "|(?<supsigns>[⁺⁻]?)(?<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))(?![\\d.,]?\\d)");
    private static final Pattern CARET = Pattern.compile("\\^" + SIGNS + "(?<exp>\\d{1,3})(?![\\d.,]?\\d)");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    record Found(Figure figure, int end) {}

    private Powers() {}

    /** The figure raised by the power written right at {@code end}, or null when none is. */
    static Found after(String text, int end, Figure base) {
        int limit = Math.min(text.length(), end + 16);
        Matcher m = TIMES_TEN.matcher(text).region(end, limit).useTransparentBounds(true);
        if (m.lookingAt()) {
            int exponent = m.group("sup") != null ? superscript(m.group("sup"), m.group("supsigns"))
                    : signed(m.group("exp"), m.group("signs"));
            BigDecimal value = new BigDecimal(Double.toString(base.value())).scaleByPowerOfTen(exponent);
            BigDecimal precision = new BigDecimal(Double.toString(base.precision())).scaleByPowerOfTen(exponent);
            return finite(new Figure(value.doubleValue(), precision.doubleValue()), m.end());
        }
        m = CARET.matcher(text).region(end, limit).useTransparentBounds(true);
        if (m.lookingAt()) {
            double value = Math.pow(base.value(), signed(m.group("exp"), m.group("signs")));
            // "10^400" overflows and "0^-1" is infinite: no figure (Figure cannot hold them)
            return Double.isFinite(value) && value != 0 ? new Found(Figure.ofWords(value), m.end()) : null;
        }
        return null;
    }

    private static Found finite(Figure figure, int end) {
        return Double.isFinite(figure.value()) && figure.value() != 0 ? new Found(figure, end) : null;
    }

    /** "-4" is -4, "--23" is 23 (two minus signs cancel). */
    private static int signed(String digits, String signs) {
        long minus = signs.chars().filter(c -> c == '-' || c == '−').count();
        int exponent = Integer.parseInt(digits);
        return minus % 2 == 1 ? -exponent : exponent;
    }

    private static int superscript(String digits, String sign) {
        int exponent = 0;
        for (char c : digits.toCharArray()) exponent = exponent * 10 + SUPERSCRIPTS.indexOf(c);
        return sign.equals("⁻") ? -exponent : exponent;
    }
}
