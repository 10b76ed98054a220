package org.factlint.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holidays whose date does not depend on the country: Christmas, New Year, Easter (and the days
 * counted from it), Halloween, Valentine's Day, St Patrick's Day, International Workers' Day (1 May), International Women's Day
 * (8 March), Armistice Day (11 November); and the US Thanksgiving and
 * Black Friday, which are written with those names nowhere else. "Independence Day" or "Labor Day"
 * differ by country and are left alone (China's Labor Day is 1 May); only "Labor Day weekend" and
 * "Memorial Day weekend", American long weekends, are read (see {@link #dateIn}). A year written
 * after the name is its year ("Easter 2018"); without one, the occurrence nearest the reference date.
 */
final class Holidays {
    private static final Pattern HOLIDAY = Pattern.compile("(?i)\\b(?<name>christmas(?:\\s+(?:day|eve))?|xmas"
            + "|new\\s+year(?:['’]s)?(?:\\s+(?:day|eve))?|easter(?:\\s+(?:sunday|monday))?|good\\s+friday|halloween"
            + "|valentine['’]?s\\s+day|(?:st\\.?|saint)\\s+patrick(?:['’]s(?:\\s+day)?)?|thanksgiving(?:\\s+day)?"
            + "|black\\s+friday|juneteenth|earth\\s+day|international\\s+(?:workers['’]?|women['’]?s)\\s+day|armistice\\s+day)\\b(?:(?:\\s*,\\s*|\\s+(?:of\\s+)?)(?<year>1\\d{3}|20\\d{2})\\b)?");

    private static final Pattern RELATIVE_BEFORE = Pattern.compile("(?i)\\b(last|previous|next)\\s+$");

    private Holidays() {}

    static List<DatePoint> find(String text, LocalDate reference) {
        List<DatePoint> found = new ArrayList<>();
        for (Matcher m : SkippingMatcher.matches(HOLIDAY, text)) {
            String name = m.group("name").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (name.equals("new year") || name.equals("new year's") || name.equals("new year’s")) {
                // "the new year" is the coming year as often as its first day; only a capital makes it the day
                if (!Character.isUpperCase(m.group("name").charAt(0))) continue;
            }
            IntFunction<LocalDate> inYear = dateIn(name);
            if (inYear == null) continue;
            LocalDate day;
            int start = m.start();
            Matcher rel = RELATIVE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start()));
            if (m.group("year") != null) {
                day = inYear.apply(Integer.parseInt(m.group("year")));
            } else if (rel.find()) { // "last Christmas": the latest before the reference date; "next Easter": the first after
                boolean back = !rel.group(1).equalsIgnoreCase("next");
                day = inYear.apply(reference.getYear());
                if (back && !day.isBefore(reference)) day = inYear.apply(reference.getYear() - 1);
                if (!back && !day.isAfter(reference)) day = inYear.apply(reference.getYear() + 1);
                start = m.start() - (rel.end() - rel.start());
            } else {
                day = null;
                for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
                    LocalDate candidate = inYear.apply(year);
                    if (day == null || Math.abs(candidate.toEpochDay() - reference.toEpochDay())
                            < Math.abs(day.toEpochDay() - reference.toEpochDay())) day = candidate;
                }
            }
            found.add(DatePoint.day(start, m.end(), day, m.group("year") != null || start != m.start()));
        }
        return found;
    }

    /** The date of a holiday in a given year, by its lower-case name; null for a name not known. */
    static IntFunction<LocalDate> dateIn(String name) {
        if (name.startsWith("christmas eve")) return fixed(12, 24);
        if (name.startsWith("christmas") || name.equals("xmas")) return fixed(12, 25);
        if (name.endsWith("eve")) return fixed(12, 31); // New Year's Eve
        if (name.startsWith("new year")) return fixed(1, 1);
        if (name.startsWith("easter monday")) return year -> easter(year).plusDays(1);
        if (name.startsWith("easter")) return Holidays::easter;
        if (name.equals("good friday")) return year -> easter(year).minusDays(2);
        if (name.equals("halloween")) return fixed(10, 31);
        if (name.startsWith("valentine")) return fixed(2, 14);
        if (name.contains("patrick")) return fixed(3, 17);
        if (name.equals("juneteenth")) return fixed(6, 19);
        if (name.equals("earth day")) return fixed(4, 22);
        if (name.startsWith("international workers")) return fixed(5, 1);
        if (name.startsWith("international women")) return fixed(3, 8);
        if (name.equals("armistice day")) return fixed(11, 11);
        if (name.startsWith("thanksgiving")) return Holidays::thanksgiving;
        if (name.equals("black friday")) return year -> thanksgiving(year).plusDays(1);
        if (name.equals("labor day")) return year -> LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        if (name.equals("memorial day")) return year -> LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        return null;
    }

    private static IntFunction<LocalDate> fixed(int month, int day) {
        return year -> MonthDay.of(month, day).atYear(year);
    }

    /** The fourth Thursday of November (United States). */
    private static LocalDate thanksgiving(int year) {
        return LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
    }

    /** Western Easter Sunday (the anonymous Gregorian algorithm). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
