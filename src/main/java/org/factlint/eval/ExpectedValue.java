package org.factlint.eval;

import java.util.List;
import java.util.Set;

/** What an expected item's value must be for a claim to count as exact. */
public sealed interface ExpectedValue {

    /**
     * A temporal value: any of the given TIMEX3 strings (or, for ranges, "(start,end,...)" strings
     * compared as day intervals).
     */
    record Timex(List<String> alternatives) implements ExpectedValue {
        @Override
        public String toString() {
            return String.join(" | ", alternatives);
        }
    }

    /** A number, with the units a claim may carry (empty: any unit). */
    record Amount(double value, Set<String> units) implements ExpectedValue {
        @Override
        public String toString() {
            String number = value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
            return units.isEmpty() ? number : number + " " + String.join("|", new java.util.TreeSet<>(units));
        }
    }
}
