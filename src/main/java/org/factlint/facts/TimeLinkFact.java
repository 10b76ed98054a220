package org.factlint.facts;

/** A relative expression and a year that the text says are the same time ("three decades ago, in 1994"). */
public record TimeLinkFact(String kind, TimeFact relative, TimeFact absolute) {

    /** The two cannot be the same time, even allowing the relative expression its rounding. */
    public boolean conflicts() {
        return relative.isDated() && absolute.isDated() && !relative.overlaps(absolute);
    }

    /** APPOSITION and POSSESSIVE are read for certain; WHEN is a looser reading. */
    public boolean isClose() {
        return !kind.equals("WHEN");
    }
}
