package org.factlint.extract;

/** English month and weekday names written whole, for building patterns (case as written; wrap in (?i) to ignore it). */
final class CalendarNames {
    static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    static final String WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    private CalendarNames() {}
}
