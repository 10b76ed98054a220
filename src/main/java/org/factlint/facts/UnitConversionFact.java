package org.factlint.facts;

import java.util.Locale;
import org.factlint.extract.Units;

/**
 * A quantity restated in brackets in another unit: "a 5km (3.1-mile) run", "20C (68F)". The check
 * allows both figures their rounding as written (a round source at most 5%, a hedged one 10%) and
 * compares the ends of ranges with the ends of ranges.
 */
public record UnitConversionFact(QuantityFact source, QuantityFact target) {

    /** The source's low end in the target's unit. */
    public double expectedLow() {
        return Units.convert(source.value(), source.unit(), target.unit()).orElse(Double.NaN);
    }

    public double expectedHigh() {
        return Units.convert(source.high(), source.unit(), target.unit()).orElse(Double.NaN);
    }

    public boolean isTemperature() {
        return Units.isTemperature(target.unit());
    }

    /**
     * How far the stated figure is from every reading the source allows: relative to the expected
     * value, or in degrees for temperatures (where a relative gap means nothing near zero). 0 when
     * they agree.
     */
    public double gap() {
        double lowGap = gapAt(source.value(), target.value());
        double highGap = gapAt(source.high(), target.high());
        return Math.max(lowGap, highGap);
    }

    private double gapAt(double sourceValue, double targetValue) {
        double slack = Math.min(source.precision() / 2, Math.abs(sourceValue) * sourceRoundingCap());
        double a = Units.convert(sourceValue - slack, source.unit(), target.unit()).orElse(Double.NaN);
        double b = Units.convert(sourceValue + slack, source.unit(), target.unit()).orElse(Double.NaN);
        if (Double.isNaN(a) || Double.isNaN(b)) return 0;
        double expectedLow = Math.min(a, b);
        double expectedHigh = Math.max(a, b);
        double statedLow = targetValue - target.precision() / 2;
        double statedHigh = targetValue + target.precision() / 2;
        double distance = statedHigh < expectedLow ? expectedLow - statedHigh : statedLow > expectedHigh ? statedLow - expectedHigh : 0;
        if (isTemperature()) return distance;
        double expected = (expectedLow + expectedHigh) / 2;
        return expected == 0 ? 0 : distance / Math.abs(expected);
    }

    private double sourceRoundingCap() {
        return source.mod() != null || target.mod() != null ? 0.10 : 0.05;
    }

    /** "error", "warning" or null (consistent). Temperatures: degrees off; others: share of the value. */
    public String verdict() {
        double gap = gap();
        if (isTemperature()) return gap > 3 ? "error" : gap > 1 ? "warning" : null;
        return gap > 0.10 ? "error" : gap > 0.03 ? "warning" : null;
    }

    public String expectedText() {
        double low = expectedLow();
        double high = expectedHigh();
        String unit = target.unit();
        return low == high ? format(low) + " " + unit : format(low) + "-" + format(high) + " " + unit;
    }

    public String arithmeticText() {
        String from = source.isRange() ? format(source.value()) + "-" + format(source.high()) : format(source.value());
        return from + " " + source.unit() + " = " + expectedText();
    }

    private static String format(double value) {
        double abs = Math.abs(value);
        String text = abs >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                : abs >= 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.2f", value);
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }
}
