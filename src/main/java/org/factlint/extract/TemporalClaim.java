package org.factlint.extract;

/**
 * A time expression normalized as a TIMEX3 value against the reference (publication) date.
 *
 * @param value      TIMEX3 value: "2022", "2025-02-24", "2025-W09", "P3Y", "PRESENT_REF" ...
 * @param interval   the days it can denote, allowing for the rounding of relative expressions
 *                   ("three years ago" is 2.5 to 3.5 years); null for durations and vague references
 * @param arithmetic how a relative expression was resolved ("2025 - 3 = 2022"), or null when absolute
 */
public record TemporalClaim(ClaimType type, int start, int end, String text, String value, DateInterval interval,
                            String arithmetic, String mod, Anchor anchor, int sentence) implements Claim {

    public boolean isRelative() {
        return arithmetic != null;
    }

    public TemporalClaim withAnchor(Anchor newAnchor) {
        return new TemporalClaim(type, start, end, text, value, interval, arithmetic, mod, newAnchor, sentence);
    }
}
