package org.factlint.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ranges of two numeric dates: "10/1-11/2/2017", "5/1-5/7, 2020", "02-02-2020 - 03-03-2020",
 * "from 10/1 to 11/7". Read in the newsroom's date order (en-US 10/1 is 1 October, en-GB 10 January).
 *
 * <p>A pair of slashed numbers is as often a pair of fractions or scores, so a range is read only
 * when the words say so: a year written with it, or "from" / "between" before it; and never when both
 * look like small proper fractions ("from 1/3 to 2/3"). Dashed dates ("3-1") are scores unless both
 * carry a year. The second date may not precede the first (an end earlier in the year falls in the
 * next: "from 10/25 to 1/25"); without a year, the range must be short, and "9/11" or "7/7" are the attacks.
 */
final class NumericDateRanges {
    private static final String SEP = "\\s*(?:-|–|—)\\s*|\\s+(?:to|through|thru|until|till|and)\\s+";
    private static final Pattern RANGE = Pattern.compile("(?i)(?<![\\w/.,:$£€-])(?:(?<opener>from|between)\\s+)?"
            + "(?<a1>\\d{1,2})(?<s>[/-])(?<a2>\\d{1,2})(?:\\k<s>(?<ay>\\d{4}))?"
            + "(?<sep>" + SEP + ")"
            + "(?<b1>\\d{1,2})\\k<s>(?<b2>\\d{1,2})(?:\\k<s>(?<by>\\d{4})|,\\s*(?<year>\\d{4}))?(?![\\w/%]|[-.,]\\d)");

    private NumericDateRanges() {}

    static List<ComposedTime> find(String text, LocalDate reference, boolean dayFirst) {
        List<ComposedTime> found = new ArrayList<>();
        for (Matcher m : SkippingMatcher.matches(RANGE, text)) {
            ComposedTime range = read(m, reference, dayFirst);
            if (range != null) found.add(range);
        }
        return found;
    }

    private static ComposedTime read(Matcher m, LocalDate reference, boolean dayFirst) {
        boolean slashed = m.group("s").equals("/");
        String endYear = m.group("by") != null ? m.group("by") : m.group("year");
        if (!slashed && (m.group("ay") == null || m.group("by") == null)) return null;
        if (endYear == null && m.group("opener") == null) return null;
        // "10/1 and 11/7" lists two days; only "between 10/1 and 11/7" spans them
        if (m.group("sep").strip().equalsIgnoreCase("and") && !"between".equalsIgnoreCase(m.group("opener"))) return null;
        int a1 = Integer.parseInt(m.group("a1"));
        int a2 = Integer.parseInt(m.group("a2"));
        int b1 = Integer.parseInt(m.group("b1"));
        int b2 = Integer.parseInt(m.group("b2"));
        boolean yearless = endYear == null && m.group("ay") == null;
        if (yearless && (properFraction(a1, a2) && properFraction(b1, b2) || namesEvent(a1, a2) || namesEvent(b1, b2))) return null;
        int aMonth = dayFirst ? a2 : a1, aDay = dayFirst ? a1 : a2;
        int bMonth = dayFirst ? b2 : b1, bDay = dayFirst ? b1 : b2;
        LocalDate a;
        LocalDate b;
        try {
            // The years first, then the dates, so that a 29 February at the end is built in its own year.
            // The year written on one end carries to the other, and an end earlier in the year is in the next:
            // "from 12/20/2024 to 1/5" ends in 2025, "11/18-1/5/2016" began in 2015, "from 10/25 to 1/25" too.
            boolean endEarlierInYear = MonthDay.of(bMonth, bDay).isBefore(MonthDay.of(aMonth, aDay));
            int aYear;
            int bYear;
            if (m.group("ay") != null) {
                aYear = Integer.parseInt(m.group("ay"));
                bYear = endYear != null ? Integer.parseInt(endYear) : endEarlierInYear ? aYear + 1 : aYear;
            } else if (endYear != null) {
                bYear = Integer.parseInt(endYear);
                aYear = endEarlierInYear ? bYear - 1 : bYear;
            } else {
                aYear = nearestYear(reference, aMonth, aDay);
                bYear = endEarlierInYear ? aYear + 1 : aYear;
            }
            a = LocalDate.of(aYear, aMonth, aDay);
            b = LocalDate.of(bYear, bMonth, bDay);
        } catch (DateTimeException e) {
            return null; // "2/30", "13/1", "29/2/2023"
        }
        // Without a year, only a short range (it may cross the new year): "from 9/11 to 7/7" names two attacks
        if (!a.isBefore(b) || b.toEpochDay() - a.toEpochDay() > (yearless ? 92 : 366)) return null;
        return new ComposedTime(ClaimType.DATE, m.start(), m.end(), m.group(), Timex.day(a), Timex.day(b), null);
    }

    /** "1/3", "3/4", "5/8": what a pair of fractions would look like. */
    private static boolean properFraction(int numerator, int denominator) {
        return numerator < denominator && denominator <= 16;
    }

    /** "9/11" and "7/7" name attacks as often as days. */
    private static boolean namesEvent(int first, int second) {
        return first == 9 && second == 11 || first == 7 && second == 7;
    }

    /** The year in which a month and day fall nearest the reference date. */
    private static int nearestYear(LocalDate reference, int month, int day) {
        int best = reference.getYear();
        long bestDistance = Long.MAX_VALUE;
        for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
            LocalDate candidate = LocalDate.of(year, month, Math.min(day, LocalDate.of(year, month, 1).lengthOfMonth()));
            long distance = Math.abs(candidate.toEpochDay() - reference.toEpochDay());
            if (distance < bestDistance) {
                best = year;
                bestDistance = distance;
            }
        }
        return best;
    }
}
