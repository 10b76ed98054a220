package org.factlint.extract;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

/** The days a time expression can denote, inclusive; wide for "three years ago", one day for a full date. */
public record DateInterval(LocalDate first, LocalDate last) {

    public static DateInterval day(LocalDate date) {
        return new DateInterval(date, date);
    }

    public static DateInterval year(int year) {
        return new DateInterval(Year.of(year).atDay(1), Year.of(year).atMonth(12).atEndOfMonth());
    }

    public static DateInterval years(int firstYear, int lastYear) {
        return new DateInterval(year(firstYear).first(), year(lastYear).last());
    }

    public static DateInterval month(YearMonth month) {
        return new DateInterval(month.atDay(1), month.atEndOfMonth());
    }

    public boolean overlaps(DateInterval other) {
        return !first.isAfter(other.last) && !other.first.isAfter(last);
    }

    public boolean isSingleYear() {
        return first.getYear() == last.getYear();
    }
}
