package org.factlint.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * What a date says about the calendar beyond its value, for the calendar rules: the weekday it
 * names ("Friday, 14 March 2024"), or that it cannot exist ("31 April 2024").
 *
 * @param date         the date written, or null when it does not exist
 * @param namedWeekday the weekday written with it, or null
 * @param problem      why the date cannot exist ("April has 30 days"), or null
 */
public record CalendarNote(int start, int end, String text, LocalDate date, DayOfWeek namedWeekday, String problem) {}
