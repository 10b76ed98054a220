package org.factlint.facts;

import java.util.Locale;

/**
 * A length of time stated beside the year something began: "founded in 2015 ... a three-year-old
 * company", "began in 2021 ... after two years of action", "the 25th anniversary of ... in 1989".
 *
 * @param since         the year the thing began
 * @param kind          DURATION, AGE, NTH_YEAR ("now in its fourth year": {@code years} is 3) or ANNIVERSARY
 * @param referenceYear the year of publication
 */
public record ElapsedFact(TimeFact since, int start, int end, String text, String kind, int years, int referenceYear)
        implements Spanned {

    public int startYear() {
        return since.first().getYear();
    }

    /** Years between the start year and publication: anything from one less to one more, by the months. */
    public int elapsedYears() {
        return referenceYear - startYear();
    }

    /** Whether the stated length cannot be the time since the start, whatever the months. */
    public boolean conflicts() {
        if (since.first() == null || since.first().getYear() != since.last().getYear()) return false;
        double low = elapsedYears() - 1;
        double high = elapsedYears() + 1;
        double statedLow;
        double statedHigh;
        switch (kind) {
            case "AGE", "NTH_YEAR" -> { statedLow = years; statedHigh = years + 1; }
            case "ANNIVERSARY" -> { statedLow = years; statedHigh = years; }
            default -> { statedLow = years - 0.5; statedHigh = years + 0.5; }
        }
        return statedHigh < low || statedLow > high;
    }

    public String arithmeticText() {
        return referenceYear + " - " + startYear() + " = " + elapsedYears();
    }

    /** The stated figure as it should read, for the usual phrasings. */
    public String suggestion() {
        int right = elapsedYears();
        return switch (kind) {
            case "ANNIVERSARY" -> text.replaceAll("(?i)\\b\\d+(st|nd|rd|th)\\b|\\b[a-z]+(?=\\s+anniversary)", ordinal(right));
            default -> null;
        };
    }

    private static String ordinal(int n) {
        String suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return String.format(Locale.ROOT, "%d%s", n, suffix);
    }
}
