package org.factlint.report;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Normalises claim values so every format writes numbers the same way: no ".0", no exponent. */
final class ClaimValues {
    private ClaimValues() {}

    /**
     * Integral numbers become a BigInteger, others a BigDecimal without trailing zeros; null for
     * NaN and infinities, which JSON cannot express.
     */
    static Number normalise(Number value) {
        if (value instanceof BigInteger || value instanceof Long || value instanceof Integer
                || value instanceof Short || value instanceof Byte) {
            return new BigInteger(value.toString());
        }
        if (value instanceof Double || value instanceof Float) {
            double d = value.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) return null;
        }
        // BigDecimal.valueOf(double) uses the shortest decimal that round-trips: 0.05 stays 0.05.
        BigDecimal decimal = value instanceof BigDecimal big ? big
                : value instanceof Float f ? new BigDecimal(f.toString())
                : BigDecimal.valueOf(value.doubleValue());
        decimal = decimal.stripTrailingZeros();
        return decimal.scale() <= 0 ? decimal.toBigIntegerExact() : decimal;
    }

    /** The value as text: a number in plain notation, anything else via toString, "" for null. */
    static String display(Object value) {
        if (value == null) return "";
        if (value instanceof Number number) {
            Number normal = normalise(number);
            if (normal == null) return number.toString();
            return normal instanceof BigDecimal decimal ? decimal.toPlainString() : normal.toString();
        }
        return value.toString();
    }
}
