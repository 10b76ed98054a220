package org.factlint.facts;

import java.util.Locale;

/**
 * Arithmetic the currency rule needs, kept in Java so it is tested once and DRL stays readable.
 * A conversion is judged by the rate it implies: the stated figure, anywhere within its rounding,
 * divided by the source amount, against the ECB rate of the day.
 */
public final class Tolerance {
    private Tolerance() {}

    /** The most a round source figure is taken to be rounded: "10 billion" is 9.5bn to 10.5bn, not 5bn to 15bn. */
    static final double MAX_SOURCE_ROUNDING = 0.05;

    /**
     * Relative gap between the ECB rate and the rates the two figures can imply, each anywhere
     * within its rounding (the writer may have converted the unrounded source figure); 0 when the
     * rate is among them.
     */
    public static double conversionGap(double sourceAmount, double sourcePrecision, double targetAmount,
                                       double targetPrecision, double rate) {
        double sourceSlack = Math.min(sourcePrecision / 2, sourceAmount * MAX_SOURCE_ROUNDING);
        double lowest = (targetAmount - targetPrecision / 2) / (sourceAmount + sourceSlack);
        double highest = (targetAmount + targetPrecision / 2) / (sourceAmount - sourceSlack);
        if (rate >= lowest && rate <= highest) return 0;
        return (rate < lowest ? lowest - rate : rate - highest) / rate;
    }

    /** Signed percentage difference of the stated figure from the expected one, for messages. */
    public static String percentOff(double stated, double expected) {
        return String.format(Locale.ROOT, "%+.1f%%", (stated - expected) / expected * 100);
    }

    /** A figure in the way a newsroom writes it: 3.949e11 -> "394.9bn". */
    public static String money(double amount) {
        double abs = Math.abs(amount);
        if (abs >= 1e12) return trim(amount / 1e12) + "tn";
        if (abs >= 1e9) return trim(amount / 1e9) + "bn";
        if (abs >= 1e6) return trim(amount / 1e6) + "m";
        if (abs >= 100) return String.format(Locale.ROOT, "%,.0f", amount);
        return String.format(Locale.ROOT, "%.2f", amount);
    }

    public static String rate(double rate) {
        return String.format(Locale.ROOT, "%.4f", rate);
    }

    /**
     * The stated figure rewritten with {@code amount}, keeping its symbol, scale word and precision:
     * restate("£296bn", 3.949e11, 1e9) = "£395bn".
     */
    public static String restate(String text, double statedAmount, double amount, double precision) {
        java.util.regex.Matcher m = NUMBER.matcher(text);
        if (!m.find()) return null;
        double written = Double.parseDouble(m.group().replace(",", ""));
        if (written == 0) return null;
        double scale = statedAmount / written;
        java.math.BigDecimal step = java.math.BigDecimal.valueOf(precision / scale).stripTrailingZeros();
        java.math.BigDecimal value = java.math.BigDecimal.valueOf(amount / scale)
                .divide(step, 0, java.math.RoundingMode.HALF_UP).multiply(step);
        String digits = value.setScale(Math.max(0, step.scale()), java.math.RoundingMode.HALF_UP).toPlainString();
        if (m.group().contains(",")) digits = withThousands(digits);
        return text.substring(0, m.start()) + digits + text.substring(m.end());
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

    private static String withThousands(String digits) {
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        String rest = dot < 0 ? "" : digits.substring(dot);
        return String.format(Locale.ROOT, "%,d", Long.parseLong(whole)) + rest;
    }

    private static String trim(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
