package org.factlint.facts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * A year or date in the text that dates an event of the house knowledge base ({@code rules/facts/*.yaml}):
 * "the Berlin Wall fell in [1991]". The span is the claim; {@link #alias()} is the phrase that named
 * the event. {@code claimValue} is the claim's TIMEX3 value: "1991", "1989-11", "1989-11-09".
 * {@code referenceDate} is null when the knowledge base gives only a year.
 */
public record ReferenceMatch(int start, int end, String text, String claimValue, int sentence, String id, String event,
                             int referenceYear, LocalDate referenceDate, String source, Alias alias) implements Spanned {

    /** The phrase that named the event in the text. */
    public record Alias(int start, int end, String text) implements Spanned {}

    public int claimedYear() {
        return Integer.parseInt(claimValue.substring(0, 4));
    }

    /** The claim gives a day ("9 November 1989"), not only a year or month. */
    public boolean claimsDay() {
        return claimValue.length() == 10;
    }

    /** The claim gives a month ("November 1989") but no day. */
    public boolean claimsMonth() {
        return claimValue.length() == 7;
    }

    public boolean yearDiffers() {
        return claimedYear() != referenceYear;
    }

    /**
     * Same year, but the day (or month) claimed cannot be the reference date. A day either side is
     * allowed: events at night or across time zones (Pearl Harbor is 7 December in Hawaii, 8 December
     * in Japan) are dated both ways in good faith.
     */
    public boolean dateDiffers() {
        if (referenceDate == null || yearDiffers()) return false;
        if (claimsDay()) {
            LocalDate claimed = LocalDate.parse(claimValue);
            return Math.abs(ChronoUnit.DAYS.between(claimed, referenceDate)) > 1;
        }
        if (claimsMonth()) {
            YearMonth claimed = YearMonth.parse(claimValue);
            LocalDate first = claimed.atDay(1).minusDays(1);
            LocalDate last = claimed.atEndOfMonth().plusDays(1);
            return referenceDate.isBefore(first) || referenceDate.isAfter(last);
        }
        return false;
    }

    /** The reference date as written in a message: "9 November 1989", or the year alone. */
    public String referenceText() {
        if (referenceDate == null) return Integer.toString(referenceYear);
        return referenceDate.getDayOfMonth() + " " + referenceDate.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                + " " + referenceDate.getYear();
    }

    /** The claim with the reference year put in place of the claimed one: "9 November 1991" -> "9 November 1989". */
    public String yearSuggestion() {
        String claimed = Integer.toString(claimedYear());
        int at = text.lastIndexOf(claimed);
        if (at < 0) return Integer.toString(referenceYear);
        return text.substring(0, at) + referenceYear + text.substring(at + claimed.length());
    }

    /** The event name as it starts a sentence: "the fall of the Berlin Wall" -> "The fall of the Berlin Wall". */
    public String eventName() {
        return event.isEmpty() ? event : Character.toUpperCase(event.charAt(0)) + event.substring(1);
    }
}
