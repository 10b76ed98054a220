package org.factlint.report;

/**
 * A claim as shown by {@code factlint claims}.
 *
 * @param type  DATE, TIME, DURATION, SET (TIMEX3 types) or MONEY, PERCENT, QUANTITY, NUMBER
 * @param value a TIMEX3 value string for temporal claims, a number for numeric ones
 * @param unit  ISO 4217 code for money, a unit symbol for quantities, else null
 * @param mod   a hedge such as APPROX, MORE_THAN, LESS_THAN, or null
 * @param anchor what the claim dates or measures (e.g. "full-scale invasion"), or null
 * @param high  the high end of a range: for a composed range ("from 2014 to 2018") the TIMEX3 value of its
 *              end point (a String), for a numeric range ("eight to 10 feet") its high figure (a Number); else null
 * @param composed a reading composed from other claims and the words between them ("in two weeks",
 *                 "from 2014 to 2018"): it overlaps the claims it is made of, and the rules do not use it
 */
public record ReportedClaim(String type, SourceSpan location, Object value, String unit, String mod,
                            String anchor, Object high, boolean composed) {

    public ReportedClaim(String type, SourceSpan location, Object value, String unit, String mod, String anchor) {
        this(type, location, value, unit, mod, anchor, null, false);
    }
}
