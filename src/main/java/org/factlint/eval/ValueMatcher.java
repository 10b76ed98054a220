package org.factlint.eval;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factlint.report.ReportedClaim;

/** Whether a claim's value equals an expected value, allowing for equivalent TIMEX3 spellings. */
public final class ValueMatcher {
    private ValueMatcher() {}

    private static final Pattern RANGE = Pattern.compile("\\((\\d{4}-\\d{2}-\\d{2}),(\\d{4}-\\d{2}-\\d{2})(?:,[^)]*)?\\)");

    public static boolean matches(ExpectedValue expected, ReportedClaim claim) {
        if (claim.high() instanceof String && expected instanceof ExpectedValue.Timex) return matchesRange(expected, claim);
        return matches(expected, claim.value(), claim.unit());
    }

    /**
     * A composed range records its two points as written ("from 2014 to 2018": 2014 and 2018).
     * Recognizers-Text resolves a range from the start of its first point to the start of its second
     * ("between 2014 and 2018" = [2014-01-01, 2018-01-01)), so that is the interval compared.
     */
    static boolean matchesRange(ExpectedValue expected, ReportedClaim claim) {
        LocalDate[] from = interval(normalizeTimex(claim.value().toString()));
        LocalDate[] to = interval(normalizeTimex(claim.high().toString()));
        if (from == null || to == null) return false;
        for (String alternative : ((ExpectedValue.Timex) expected).alternatives()) {
            LocalDate[] want = interval(normalizeTimex(alternative));
            if (want != null && want[0].equals(from[0]) && want[1].equals(to[0])) return true;
        }
        return false;
    }

    public static boolean matches(ExpectedValue expected, Object value, String unit) {
        if (value == null) return false;
        if (expected instanceof ExpectedValue.Amount amount) {
            double got;
            if (value instanceof Number number) got = number.doubleValue();
            else if (value.toString().matches("P\\d+(\\.\\d+)?[YMWD]")) got = Double.parseDouble(value.toString().replaceAll("[PYMWD]", ""));
            else return false; // an age given as a TIMEX3 duration (P5Y) counts by its number

            boolean close = Math.abs(got - amount.value()) <= 1e-9 * Math.max(1, Math.abs(amount.value()));
            return close && (amount.units().isEmpty() || amount.units().contains(unit));
        }
        ExpectedValue.Timex timex = (ExpectedValue.Timex) expected;
        String got = normalizeTimex(value.toString());
        LocalDate[] gotInterval = interval(got);
        for (String alternative : timex.alternatives()) {
            String want = normalizeTimex(alternative);
            if (want.equals(got)) return true;
            LocalDate[] wantInterval = interval(want);
            if (gotInterval != null && wantInterval != null && gotInterval[0].equals(wantInterval[0])
                    && gotInterval[1].equals(wantInterval[1])) return true;
        }
        return false;
    }

    /**
     * "2013-02-12T04:30:00" -> "2013-02-12T04:30", "T07:00" -> "T07", "2016-11-07 00:00:00" -> "2016-11-07T00".
     * Equal spellings of a set: a time on any day is "T19:13" (Recognizers) or "XXXX-XX-XXT19:13" (TIDES/TimeML);
     * a quarter as a period is "P3M" or "P1Q".
     */
    static String normalizeTimex(String value) {
        String v = value.strip();
        if (v.startsWith("XXXX-XX-XXT")) v = v.substring(10);
        if (v.matches("P\\d+Q")) v = "P" + 3 * Long.parseLong(v.substring(1, v.length() - 1)) + "M";
        if (v.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}(:\\d{2})?")) v = v.replace(' ', 'T');
        int t = v.indexOf('T');
        if (t >= 0 && !v.startsWith("P") && !v.startsWith("(")) {
            while (v.endsWith(":00") && v.length() - t > 3) v = v.substring(0, v.length() - 3);
        }
        return v;
    }

    /**
     * The days [first, end) a calendar TIMEX3 value or a "(start,end,duration)" range denotes; null
     * for anything else (durations, times, underspecified values).
     */
    static LocalDate[] interval(String value) {
        try {
            Matcher range = RANGE.matcher(value);
            if (range.matches()) return new LocalDate[] {LocalDate.parse(range.group(1)), LocalDate.parse(range.group(2))};
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate day = LocalDate.parse(value);
                return new LocalDate[] {day, day.plusDays(1)};
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                LocalDate first = LocalDate.parse(value + "-01");
                return new LocalDate[] {first, first.plusMonths(1)};
            }
            if (value.matches("\\d{4}")) {
                LocalDate first = LocalDate.of(Integer.parseInt(value), 1, 1);
                return new LocalDate[] {first, first.plusYears(1)};
            }
            if (value.matches("\\d{2}")) { // a century: "14" is 1400-1499
                LocalDate first = LocalDate.of(Math.max(1, Integer.parseInt(value) * 100), 1, 1);
                return new LocalDate[] {first, first.plusYears(100)};
            }
            if (value.matches("\\d{4}-H[12]")) {
                LocalDate first = LocalDate.of(Integer.parseInt(value.substring(0, 4)), value.charAt(6) == '1' ? 1 : 7, 1);
                return new LocalDate[] {first, first.plusMonths(6)};
            }
            if (value.matches("\\d{3}")) {
                LocalDate first = LocalDate.of(Integer.parseInt(value) * 10, 1, 1);
                return new LocalDate[] {first, first.plusYears(10)};
            }
            if (value.matches("\\d{4}-Q[1-4]")) {
                LocalDate first = LocalDate.of(Integer.parseInt(value.substring(0, 4)), 3 * (value.charAt(6) - '1') + 1, 1);
                return new LocalDate[] {first, first.plusMonths(3)};
            }
            if (value.matches("\\d{4}-W\\d{2}")) {
                LocalDate monday = LocalDate.of(Integer.parseInt(value.substring(0, 4)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(value.substring(6)))
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return new LocalDate[] {monday, monday.plusDays(7)};
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }
}
