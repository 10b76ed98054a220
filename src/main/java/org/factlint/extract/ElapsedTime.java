package org.factlint.extract;

/**
 * A stated length of time since a stated start: "the strike, which began in 2021 ... after two
 * years of action", "a three-year-old company founded in 2015", "the 25th anniversary of the fall
 * of the Berlin Wall in 1989", "the war, which began in 2022, now in its fourth year".
 *
 * @param start  the year the thing began (a plain year claim)
 * @param kind   DURATION, AGE, ANNIVERSARY or NTH_YEAR
 * @param years  the years the text says have passed (for NTH_YEAR: the ordinal minus one)
 */
public record ElapsedTime(TemporalClaim start, int spanStart, int spanEnd, String text, String kind, int years) {}
