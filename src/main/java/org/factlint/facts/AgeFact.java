package org.factlint.facts;

import java.time.LocalDate;
import java.time.Period;

/**
 * A person's stated age with the birth date given for them, at the publication date. With only a
 * birth year the age can be either of two values (before or after the birthday).
 */
public record AgeFact(int start, int end, String text, int age, TimeFact birth, LocalDate referenceDate)
        implements Spanned {

    /** The youngest the person can be at the publication date. */
    public int youngest() {
        return Period.between(birth.last(), referenceDate).getYears();
    }

    /** The oldest the person can be at the publication date. */
    public int oldest() {
        return Period.between(birth.first(), referenceDate).getYears();
    }

    public boolean contradicts() {
        return birth.isDated() && !birth.first().isAfter(referenceDate) && (age < youngest() || age > oldest());
    }

    public String possibleAges() {
        return youngest() == oldest() ? Integer.toString(oldest()) : youngest() + " or " + oldest();
    }

    public String arithmeticText() {
        return birth.first().getYear() == birth.last().getYear() && !birth.first().equals(birth.last())
                ? referenceDate.getYear() + " - " + birth.first().getYear() + " = " + oldest() + " (" + youngest()
                        + " before the birthday)"
                : "from " + birth.first() + " to " + referenceDate + " = " + oldest() + " years";
    }
}
