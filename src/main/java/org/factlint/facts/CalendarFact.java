package org.factlint.facts;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A date as the calendar rules see it: the weekday written with it and the weekday it falls on,
 * or why it cannot exist.
 *
 * @param date           null when the date cannot exist
 * @param namedWeekday   "Friday" when the text names one, else null
 * @param problem        why the date cannot exist, else null
 */
public record CalendarFact(int start, int end, String text, LocalDate date, String namedWeekday, String problem)
        implements Spanned {

    /** The weekday the date falls on ("Thursday"), or null. */
    public String actualWeekday() {
        return date == null ? null : date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    public boolean weekdayContradicts() {
        return date != null && namedWeekday != null && !namedWeekday.equals(actualWeekday());
    }

    /** The text with the named weekday replaced by the right one. */
    public String withRightWeekday() {
        return namedWeekday == null || date == null ? null : text.replace(namedWeekday, actualWeekday());
    }
}
