package org.factlint.extract;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a results story is reporting on at each point of the text. After "third-quarter
 * profit rose 5%", a comparison "from $2 million a year earlier" means the same quarter a year
 * before, not the whole previous year; a later "in the first nine months" or "for the year"
 * moves the story back to whole years.
 */
final class ReportingPeriods {
    /** A calendar quarter: year and number 1-4. */
    record Quarter(int year, int number) {
        Quarter yearBefore() {
            return new Quarter(year - 1, number);
        }

        String value() {
            return year + "-Q" + number;
        }

        DateInterval interval() {
            LocalDate first = LocalDate.of(year, 3 * number - 2, 1);
            return new DateInterval(first, first.plusMonths(3).minusDays(1));
        }
    }

    /** An ordinal quarter of the current reporting year ("the third quarter", "fourth-quarter"); not "the 1988 third quarter". */
    private static final Pattern REPORTED_QUARTER = Pattern.compile("(?i)(?<!year-ago\\s|year-earlier\\s|\\d{4}\\s|last\\syear's\\s|next\\syear's\\s)\\b"
            + "(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+(?:fiscal[\\s-]+)?quarter\\b(?!\\s+of\\s+\\d)");
    private static final Pattern ENDED = Pattern.compile("(?i),?\\s+end(?:ed|ing)\\s+"
            + "(?<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)");
    private static final Pattern INDEFINITE_BEFORE = Pattern.compile("(?i)\\ban?\\s+(?:[a-z]+\\s+)?$");
    /** Periods longer than a quarter: after them a comparison is with the previous year. */
    private static final Pattern LONGER_PERIOD = Pattern.compile("(?i)\\b(?:(?:six|nine|12|twelve)[\\s-]+months?|"
            + "(?:first|second)[\\s-]+half|(?:the|full|fiscal|whole|entire)[\\s-]+year(?![-'\\w])|fiscal\\s+\\d{4})\\b");
    private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "1st", 1, "second", 2, "2nd", 2,
            "third", 3, "3rd", 3, "fourth", 4, "4th", 4);

    /** Where the story is at a point: a reported quarter, or (quarter null) the whole year being reported. */
    private record Focus(Quarter quarter, int year) {}

    /** Offset of each mention -> the period it puts the story in. */
    private final TreeMap<Integer, Focus> focus = new TreeMap<>();
    private final int referenceYear;

    private ReportingPeriods(int referenceYear) {
        this.referenceYear = referenceYear;
    }

    static ReportingPeriods of(String text, LocalDate reference) {
        ReportingPeriods periods = new ReportingPeriods(reference.getYear());
        for (Matcher quarter : SkippingMatcher.matches(REPORTED_QUARTER, text)) {
            int number = ORDINALS.get(quarter.group("ord").toLowerCase(Locale.ROOT));
            Matcher ended = ENDED.matcher(text).region(quarter.end(), Math.min(text.length(), quarter.end() + 24));
            if (ended.lookingAt()) {
                // "its fourth quarter ended Aug. 26": a fiscal quarter, numbered by the company, that has ended
                int endMonth = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(ended.group("month").toLowerCase(Locale.ROOT)) / 3 + 1;
                int year = endMonth <= reference.getMonthValue() ? reference.getYear() : reference.getYear() - 1;
                periods.focus.put(quarter.start(), new Focus(new Quarter(year, number), year));
                continue;
            }
            Quarter named = new Quarter(latestYearOf(reference, number), number);
            // Only a quarter that has ended can be reported on; "fourth-quarter results will suffer" looks ahead.
            // "after a flat second quarter" describes some quarter in passing; in "a third-quarter loss" the
            // article belongs to the loss.
            boolean inPassing = !quarter.group().contains("-") && INDEFINITE_BEFORE.matcher(text.substring(Math.max(0, quarter.start() - 24), quarter.start())).find();
            if (named.interval().last().isBefore(reference) && !inPassing) {
                periods.focus.put(quarter.start(), new Focus(named, named.year()));
            }
        }
        for (Matcher longer : SkippingMatcher.matches(LONGER_PERIOD, text)) periods.focus.put(longer.start(), null);
        // A longer period is of the year last reported on ("fourth-quarter ... for the full year"), else the reference year.
        int year = periods.referenceYear;
        for (Map.Entry<Integer, Focus> entry : periods.focus.entrySet()) {
            if (entry.getValue() == null) entry.setValue(new Focus(null, year));
            else year = entry.getValue().year();
        }
        return periods;
    }

    /** A quarter named without a year is the latest one so numbered that has begun by the reference date. */
    static int latestYearOf(LocalDate reference, int quarter) {
        return quarter <= reference.get(IsoFields.QUARTER_OF_YEAR) ? reference.getYear() : reference.getYear() - 1;
    }

    /** The quarter the story is reporting on at this offset, or null when it speaks of whole years or no period. */
    Quarter quarterAt(int offset) {
        Map.Entry<Integer, Focus> last = focus.lowerEntry(offset);
        return last == null ? null : last.getValue().quarter();
    }

    /** The year the story is reporting on at this offset: that of its quarter or year, else the reference year. */
    int yearAt(int offset) {
        Map.Entry<Integer, Focus> last = focus.lowerEntry(offset);
        return last == null ? referenceYear : last.getValue().year();
    }
}
