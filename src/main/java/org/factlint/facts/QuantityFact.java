package org.factlint.facts;

/**
 * A measured quantity as written: value (the low end of a range), {@code high} for a range (else
 * equal to value), the unit symbol, and the place value of its last significant digit.
 */
public record QuantityFact(int start, int end, String text, double value, double high, String unit, double precision,
                           String mod) implements Spanned {

    public boolean isRange() {
        return high != value;
    }
}
