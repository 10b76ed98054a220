package org.factlint.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;

/**
 * Eid al-Fitr (1 Shawwal) and Eid al-Adha (10 Dhu al-Hijjah) by the Umm al-Qura calendar of
 * {@link HijrahChronology} (Saudi Arabia's; countries that sight the moon may keep the day before
 * or after). The Hijri year is about eleven days shorter than the Gregorian one, so a Gregorian
 * year may hold one Eid al-Fitr or two (2000: 8 January and 27 December). Outside the table
 * (Hijri 1300 to 1600, 1882 to 2174) there is no day: silent.
 */
final class HijriHolidays {
    private static final HijrahChronology UMM_AL_QURA = HijrahChronology.INSTANCE;

    private HijriHolidays() {}

    /** Whether a lower-case holiday name is one of the two Eids. */
    static boolean names(String name) {
        return name.startsWith("eid");
    }

    /** The days of the named Eid that fall in the Gregorian years {@code fromYear..toYear}, in order; empty outside the table. */
    static List<LocalDate> between(String name, int fromYear, int toYear) {
        boolean fitr = name.endsWith("fitr");
        int month = fitr ? 10 : 12;
        int day = fitr ? 1 : 10;
        List<LocalDate> days = new ArrayList<>();
        try {
            int first = HijrahDate.from(LocalDate.of(fromYear, 1, 1)).get(ChronoField.YEAR);
            int last = HijrahDate.from(LocalDate.of(toYear, 12, 31)).get(ChronoField.YEAR);
            for (int year = first; year <= last; year++) {
                LocalDate date = LocalDate.from(UMM_AL_QURA.date(year, month, day));
                if (date.getYear() >= fromYear && date.getYear() <= toYear) days.add(date);
            }
        } catch (DateTimeException e) {
            return List.of(); // beyond the Umm al-Qura table
        }
        return days;
    }
}
