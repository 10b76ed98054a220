package org.factlint.extract;

/**
 * A number with what it counts: money (unit = ISO 4217 code), a percentage (unit "%" or "pp" for
 * percentage points), a quantity (unit symbol) or a bare number.
 *
 * @param value     the number as a double (396bn -> 3.96E11; 5% -> 5)
 * @param precision the place value of the last significant digit as written (396bn -> 1E9;
 *                  400bn -> 1E11, since trailing zeros may be rounding), used for tolerances
 */
public record NumericClaim(ClaimType type, int start, int end, String text, double value, String unit,
                           double precision, String mod, Anchor anchor, int sentence) implements Claim {
}
