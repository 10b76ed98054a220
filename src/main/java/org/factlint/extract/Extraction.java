package org.factlint.extract;

import java.time.LocalDate;
import java.util.List;
import org.factlint.extract.statements.Statement;

/**
 * All claims of one document, in text order, with the conversions that link some of them and the
 * calendar notes (weekdays written with dates, dates that cannot exist), the time expressions
 * the text ties together, and the statements whose figures can be checked against each other.
 *
 * @param compositions readings composed from several temporal claims ("in two weeks", "from 2014 to
 *                     2018"); shown with the claims but not given to the rules (see {@link ComposedTime})
 */
public record Extraction(LocalDate referenceDate, List<TemporalClaim> temporal, List<NumericClaim> numeric,
                         List<Conversion> conversions, List<CalendarNote> calendarNotes,
                         List<TemporalLink> temporalLinks, List<ElapsedTime> elapsedTimes,
                         List<AgeAndBirth> agesAndBirths, List<Statement> statements,
                         List<MeasureMention> measureMentions,
                         List<ComposedTime> compositions) {}
