package org.factlint.extract;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * A calendar point the composer works with: the first day of a day, week, month, quarter, half,
 * year or decade, where it was written, and whether the text gave its year (a bare "March" takes
 * the year of the range it ends, "Nov-Feb 2017").
 */
record DatePoint(int start, int end, LocalDate first, Grain grain, boolean hasYear) {

    enum Grain { DAY, WEEK, MONTH, QUARTER, HALF, YEAR, DECADE, CENTURY }

    /** The day after the point. */
    LocalDate next() {
        return switch (grain) {
            case DAY -> first.plusDays(1);
            case WEEK -> first.plusWeeks(1);
            case MONTH -> first.plusMonths(1);
            case QUARTER -> first.plusMonths(3);
            case HALF -> first.plusMonths(6);
            case YEAR -> first.plusYears(1);
            case DECADE -> first.plusYears(10);
            case CENTURY -> first.plusYears(100);
        };
    }

    String timex() {
        return switch (grain) {
            case DAY -> Timex.day(first);
            case WEEK -> Timex.week(first);
            case MONTH -> String.format("%04d-%02d", first.getYear(), first.getMonthValue());
            case QUARTER -> Timex.year(first.getYear()) + "-Q" + first.get(IsoFields.QUARTER_OF_YEAR);
            case HALF -> Timex.year(first.getYear()) + "-H" + (first.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> Timex.year(first.getYear());
            case DECADE -> Timex.decade(first.getYear());
            case CENTURY -> String.format("%02d", first.getYear() / 100);
        };
    }

    DatePoint withYear(int year) {
        LocalDate moved = grain == Grain.WEEK ? first : first.withYear(year);
        return new DatePoint(start, end, moved, grain, true);
    }

    DatePoint spanning(int newStart, int newEnd) {
        return new DatePoint(newStart, newEnd, first, grain, hasYear);
    }

    static DatePoint day(int start, int end, LocalDate day, boolean hasYear) {
        return new DatePoint(start, end, day, Grain.DAY, hasYear);
    }

    static DatePoint week(int start, int end, LocalDate anyDay) {
        return new DatePoint(start, end, anyDay.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)),
                Grain.WEEK, true);
    }

    /** The point a base claim's TIMEX3 value names, or null for values that are not calendar points. */
    static DatePoint of(TemporalClaim claim, LocalDate reference) {
        String v = claim.value();
        if (v == null || claim.type() != ClaimType.DATE) return null;
        boolean written = claim.text().matches("(?s).*\\d{4}.*") || claim.isRelative() || !v.matches("\\d{4}-\\d{2}(-\\d{2})?")
                || claim.text().matches("(?is).*\\b(?:today|this|next|last|previous|coming)\\b.*");
        try {
            if (v.equals("PRESENT_REF")) return day(claim.start(), claim.end(), reference, true);
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) return day(claim.start(), claim.end(), LocalDate.parse(v), written);
            if (v.matches("\\d{4}-\\d{2}")) {
                return new DatePoint(claim.start(), claim.end(), LocalDate.parse(v + "-01"), Grain.MONTH, written);
            }
            if (v.matches("\\d{4}")) {
                return new DatePoint(claim.start(), claim.end(), LocalDate.of(Integer.parseInt(v), 1, 1), Grain.YEAR, true);
            }
            if (v.matches("\\d{4}-Q[1-4]")) {
                LocalDate first = LocalDate.of(Integer.parseInt(v.substring(0, 4)), 3 * (v.charAt(6) - '1') + 1, 1);
                return new DatePoint(claim.start(), claim.end(), first, Grain.QUARTER, true);
            }
            if (v.matches("\\d{4}-W\\d{2}")) {
                LocalDate monday = LocalDate.of(Integer.parseInt(v.substring(0, 4)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(v.substring(6)));
                return week(claim.start(), claim.end(), monday);
            }
            if (v.matches("\\d{3}")) {
                return new DatePoint(claim.start(), claim.end(), LocalDate.of(Integer.parseInt(v) * 10, 1, 1), Grain.DECADE, true);
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }
}
