package org.factlint.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * All claims of one document, in text order, with the conversions that link some of them and the
 * calendar notes (weekdays written with dates, dates that cannot exist), and the time expressions
 * the text ties together.
 */
public record Extraction(LocalDate referenceDate, List<TemporalClaim> temporal, List<NumericClaim> numeric,
                         List<Conversion> conversions, List<CalendarNote> calendarNotes,
                         List<TemporalLink> temporalLinks, List<ElapsedTime> elapsedTimes,
                         List<AgeAndBirth> agesAndBirths) {}
