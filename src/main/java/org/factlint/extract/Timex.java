package org.factlint.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;

/** TIMEX3 value strings. */
final class Timex {
    private Timex() {}

    static String year(int year) {
        return String.format("%04d", year);
    }

    static String month(YearMonth month) {
        return String.format("%04d-%02d", month.getYear(), month.getMonthValue());
    }

    static String day(LocalDate date) {
        return date.toString();
    }

    static String week(LocalDate date) {
        return String.format("%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String decade(int firstYear) {
        return String.format("%03d", firstYear / 10);
    }

    static String duration(long amount, String unit) {
        return switch (unit) {
            case "year" -> "P" + amount + "Y";
            case "month" -> "P" + amount + "M";
            case "week" -> "P" + amount + "W";
            case "day" -> "P" + amount + "D";
            case "quarter" -> "P" + amount + "Q";
            case "decade" -> "P" + amount + "DE";
            case "century" -> "P" + amount + "CE";
            case "hour" -> "PT" + amount + "H";
            case "minute" -> "PT" + amount + "M";
            default -> throw new IllegalArgumentException(unit);
        };
    }
}
