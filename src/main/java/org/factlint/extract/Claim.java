package org.factlint.extract;

/** A numeric or temporal expression found in the plain text (offsets are plain-text offsets). */
public sealed interface Claim permits TemporalClaim, NumericClaim {
    ClaimType type();

    int start();

    int end();

    String text();

    /** A hedge such as APPROX, LESS_THAN, MORE_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS; null when none. */
    String mod();

    /** What the claim dates or measures, or null when it could not be told. */
    Anchor anchor();

    int sentence();
}
