package org.factlint.extract;

import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years as they are spoken in broadcast transcripts: "nineteen ninety-six", "January nineteen
 * ninety-seven", "the year two thousand". Two number words in a row only make a year when the
 * first is a century ("nineteen", "eighteen", "twenty") and the second a two-digit number.
 */
final class SpokenYears {
    private static final String MONTH = "(?<month>January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final String TWO_DIGITS = "(?<rest>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine)\\b)?|ten|eleven|twelve|thirteen|fourteen|fifteen"
            + "|sixteen|seventeen|eighteen|nineteen)";
    private static final Pattern CENTURY_AND_YEAR = Pattern.compile("\\b(?:" + MONTH + "\\s+)?(?i:(?<century>eighteen|"
            + "nineteen|twenty)[\\s-]+" + TWO_DIGITS + ")\\b(?![\\s-]+(?:dollars?|percent|per\\s+cent|people|years?|times)\\b)");
    private static final Pattern TWO_THOUSAND = Pattern.compile("(?i)\\bthe\\s+year\\s+two\\s+thousand"
            + "(?:\\s+and\\s+(?<unit>one|two|three|four|five|six|seven|eight|nine))?\\b");

    private SpokenYears() {}

    static void scanInto(TemporalContext c, Candidates<TemporalClaim> found) {
        String text = c.analyzed().text();
        TemporalScan.scan(CENTURY_AND_YEAR, text, found, m -> {
            int century = switch (m.group("century").toLowerCase(Locale.ROOT)) {
                case "eighteen" -> 1800;
                case "nineteen" -> 1900;
                default -> 2000;
            };
            long rest = NumberWords.parse(m.group("rest").toLowerCase(Locale.ROOT).replace(' ', '-')).orElse(-1);
            if (rest < 10) return null;
            return yearClaim(c, m, (int) (century + rest));
        });
        TemporalScan.scan(TWO_THOUSAND, text, found, m -> {
            long unit = m.group("unit") == null ? 0 : NumberWords.parse(m.group("unit").toLowerCase(Locale.ROOT)).orElse(0);
            return yearClaim(c, m, (int) (2000 + unit));
        });
    }

    private static TemporalClaim yearClaim(TemporalContext c, Matcher m, int year) {
        if (m.group().contains("thousand") || m.group("month") == null) {
            return c.claim(ClaimType.DATE, m.start(), m.end(), Timex.year(year), DateInterval.year(year), null);
        }
        YearMonth month = YearMonth.of(year, java.time.Month.valueOf(m.group("month").toUpperCase(Locale.ROOT)));
        return c.claim(ClaimType.DATE, m.start(), m.end(), Timex.month(month), DateInterval.month(month), null);
    }
}
