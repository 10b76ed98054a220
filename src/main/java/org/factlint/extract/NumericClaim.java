package org.factlint.extract;

/**
 * A number with what it counts: money (unit = ISO 4217 code), a percentage (unit "%" or "pp" for
 * percentage points), a quantity (unit symbol, see {@link Units}) or a bare number (unit null, or
 * "ordinal" for "50th").
 *
 * @param value     the number as a double (396bn -> 3.96E11; 5% -> 5); the low end of a range
 * @param precision the place value of the last significant digit as written (396bn -> 1E9;
 *                  400bn -> 1E11, since trailing zeros may be rounding), used for tolerances
 * @param high      the high end of a range ("between £300 and £450" -> value 300, high 450), else null
 * @param measure   what a quantity measures when its unit alone does not say: {@link #AGE} for ages
 *                  ("38-year-old", "Ana Silva, 38,"; unit "a", anchor the person when named), else null
 */
public record NumericClaim(ClaimType type, int start, int end, String text, double value, String unit,
                           double precision, String mod, Anchor anchor, int sentence, Double high,
                           String measure) implements Claim {
    /** The {@link #measure} of an age in years. */
    public static final String AGE = "age";

    public NumericClaim withAnchor(Anchor newAnchor) {
        return new NumericClaim(type, start, end, text, value, unit, precision, mod, newAnchor, sentence, high, measure);
    }

    public boolean isRange() {
        return high != null;
    }
}
