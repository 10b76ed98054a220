package org.factlint.extract;

/**
 * A reading of a time expression composed from the base claims and the words between them
 * ("in two weeks", "three days after January 12", "from 2014 to 2018", "the last week of July").
 *
 * <p>Compositions are kept apart from {@link Extraction#temporal()}: the rules check the base
 * claims, and TimeML annotates "from 1990 to 1995" as two DATEs, so a range must not replace its end
 * points. A composition is an extra reading over them, shown by {@code factlint claims}.
 *
 * @param value TIMEX3 value: of the point, or of the range's start point
 * @param high  for a range, the TIMEX3 value of the point where it ends ("2018" in "from 2014 to
 *              2018", whether the writer meant 2018 to be included or not); null for a point
 * @param arithmetic how it was resolved ("2018-03-22 + 2 weeks = 2018-04-05")
 */
public record ComposedTime(ClaimType type, int start, int end, String text, String value, String high,
                           String arithmetic) {

    public boolean isRange() {
        return high != null;
    }
}
