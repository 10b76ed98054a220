package org.factlint.facts;

import java.util.Locale;

/**
 * One figure of a statement (a count, an amount, a percentage, or a name counted as one), with the
 * range it can stand for as written: "25%" is 24.5 to 25.5, "$8m" 7.5m to 8.5m, a count "18" exactly 18.
 *
 * @param hedge "about", "more than", ... or null
 * @param whole written without decimals ("12m", "25%"), so "as written" it is exact
 */
public record FigureFact(int start, int end, String text, double value, double low, double high, double precision,
                         String hedge, boolean whole) implements Spanned {

    /** Hedges that make a figure a lower bound, and those that make it an upper bound. */
    private static final java.util.Set<String> AT_LEAST = java.util.Set.of("more than", "over", "at least", "upwards of",
            "just over", "well over");
    private static final java.util.Set<String> AT_MOST = java.util.Set.of("less than", "under", "fewer than", "up to",
            "barely", "just under", "well under");

    /** How far an approximate percentage ("about 30%") may be from the truth, in points. */
    public static final double APPROXIMATE_POINTS = 2.5;

    /** Lowest value a stated percentage allows, hedges included ("about 30%": 27.5). */
    public double statedLow() {
        if (hedge == null) return low;
        if (AT_LEAST.contains(hedge)) return low;
        if (AT_MOST.contains(hedge)) return Double.NEGATIVE_INFINITY;
        return Math.min(low, value - APPROXIMATE_POINTS);
    }

    /** Highest value a stated percentage allows, hedges included. */
    public double statedHigh() {
        if (hedge == null) return high;
        if (AT_LEAST.contains(hedge)) return Double.POSITIVE_INFINITY;
        if (AT_MOST.contains(hedge)) return high;
        return Math.max(high, value + APPROXIMATE_POINTS);
    }

    /** Decimals the figure was written with: 0 for "25%", 1 for "25.3%". */
    public int decimals() {
        int dot = text.indexOf('.');
        if (dot < 0 || dot + 1 >= text.length() || !Character.isDigit(text.charAt(dot + 1))) return 0;
        int n = 0;
        for (int i = dot + 1; i < text.length() && Character.isDigit(text.charAt(i)); i++) n++;
        return n;
    }

    /** A percentage for messages: "30%", "62.5%". */
    public static String percent(double value) {
        return number(value) + "%";
    }

    /** A number for messages: whole when it is, else to one decimal (two below 1). */
    public static String number(double value) {
        if (Math.abs(value - Math.rint(value)) < 0.05) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (Math.abs(value) < 1) return trimZeros(String.format(Locale.ROOT, "%.2f", value));
        return trimZeros(String.format(Locale.ROOT, "%,.1f", value));
    }

    /** An amount for messages in the figure's own style: "8m", "1.5bn", "60". */
    public static String amount(double value) {
        return Math.abs(value) >= 1e6 ? Tolerance.money(value) : number(value);
    }

    /**
     * This percentage restated as {@code percent}, to the decimals it was written with, in its own
     * words: "25%" -> "30%", "25 percent" -> "30 percent".
     */
    public String restatePercent(double percent) {
        String digits = String.format(Locale.ROOT, "%." + decimals() + "f", percent);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?").matcher(text);
        if (m.find()) return text.substring(0, m.start()) + digits + text.substring(m.end());
        return digits + "%";
    }

    private static String trimZeros(String text) {
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }
}
