package org.factlint.extract;

import java.math.BigDecimal;
import java.util.Locale;

/** A figure as written: its value and the place value of its last significant digit. */
record Figure(double value, double precision) {
    /**
     * "1.111,11", "3.500,00": thousands marked with points and a decimal comma, as continental Europe
     * writes them. Both marks must be there: "1.111" alone is English for one point one one one.
     */
    static final String CONTINENTAL = "\\d{1,3}(?:\\.\\d{3}){1,4},\\d{1,2}(?![\\d]|[.,]\\d)";
    private static final java.util.regex.Pattern CONTINENTAL_FIGURE = java.util.regex.Pattern.compile(
            "\\d{1,3}(?:\\.\\d{3}){1,4},\\d{1,2}");

    /** Digits such as "1,204" or "3.5" times a scale word ("bn", "million", "lakh"), or null. */
    static Figure of(String digits, String scale) {
        if (CONTINENTAL_FIGURE.matcher(digits).matches()) digits = digits.replace(".", "").replace(',', '.');
        String plain = digits.replaceAll("[,\\s\\u00a0\\u2009\\u202f]", "");
        if (plain.startsWith(".")) plain = "0" + plain;
        BigDecimal number;
        try {
            number = new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return null;
        }
        Figure figure = of(number, multiplier(scale));
        return Double.isFinite(figure.value()) ? figure : null; // "1e400" overflows a double
    }

    /** A value read from words ("twenty-five", "two thirds"): precision from the value itself. */
    static Figure ofWords(double value) {
        BigDecimal number = value == Math.rint(value) && Math.abs(value) < 1e15 ? BigDecimal.valueOf((long) value) : BigDecimal.valueOf(value);
        if (value == Math.rint(value)) return of(number, 1);
        // "two thirds" keeps its exact value; as written it is good to about a thousandth.
        return new Figure(value, Math.max(of(number, 1).precision(), 0.001));
    }

    private static Figure of(BigDecimal number, double multiplier) {
        // Trailing zeros of an integer may be rounding ("400bn"), so they do not count as precision.
        BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(number.scale(), 0));
        if (number.scale() <= 0 && number.signum() != 0) {
            unit = BigDecimal.ONE.movePointLeft(number.stripTrailingZeros().scale());
        }
        // BigDecimal product first: 16.4 x 1e6 is 16400000, not 1.6399999999999998E7.
        BigDecimal m = BigDecimal.valueOf(multiplier);
        return new Figure(number.multiply(m).doubleValue(), unit.multiply(m).doubleValue());
    }

    Figure scaled(double factor) {
        // past a double ("9e307 thousand"): BigDecimal cannot read Infinity; the extractor drops such a claim
        if (!Double.isFinite(value * factor) || !Double.isFinite(precision * factor)) return new Figure(value * factor, precision * factor);
        BigDecimal f = BigDecimal.valueOf(factor);
        return new Figure(BigDecimal.valueOf(value).multiply(f).doubleValue(),
                BigDecimal.valueOf(precision).multiply(f).doubleValue());
    }

    Figure negated() {
        return new Figure(-value, precision);
    }

    Figure plus(Figure other) {
        if (!Double.isFinite(value + other.value)) return new Figure(value + other.value, precision); // as in scaled
        return new Figure(BigDecimal.valueOf(value).add(BigDecimal.valueOf(other.value)).doubleValue(),
                Math.min(precision, other.precision));
    }

    /** The factor of a scale word or suffix; 1 for null or an unknown word. */
    static double multiplier(String scale) {
        if (scale == null) return 1;
        return switch (scale.toLowerCase(Locale.ROOT)) {
            case "hundred" -> 1e2;
            case "thousand", "k" -> 1e3;
            case "lakh", "lakhs", "lac", "lacs" -> 1e5;
            case "million", "millions", "mn", "m", "mln", "mil", "mio" -> 1e6;
            case "crore", "crores", "cr" -> 1e7;
            case "billion", "billions", "bn", "b", "bln" -> 1e9;
            case "trillion", "trillions", "tn", "tln", "trn" -> 1e12;
            case "dozen", "dozens", "doz", "dozs", "dz", "dzs" -> 12;
            default -> 1;
        };
    }
}
