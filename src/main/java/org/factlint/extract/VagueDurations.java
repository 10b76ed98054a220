package org.factlint.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations without a count: "for years", "within weeks", "several months", "the next few days",
 * "coming years", "the weeks ahead" (TIMEX3 PXY, PXW ...), and the reporting year of accounts
 * ("the year ended March 31" is a year long: P1Y). None carries an interval, so no rule checks them.
 */
final class VagueDurations {
    private static final String UNITS = "(?<unit>years|months|weeks|days|decades|centuries|hours|minutes|quarters)";
    /** "for years", "within weeks", "several months", "a few days", "a couple of years"; not "several years ago". */
    private static final Pattern UNCOUNTED = Pattern.compile("(?i)\\b(?:(?<prep>for|within|in|over)\\s+|"
            + "(?<quant>several|a\\s+few|a\\s+couple\\s+of)\\s+)" + UNITS + "\\b(?![-\\w]|\\s+(?:ago|old|of\\s+age)\\b)");
    /** "the next few days", "the past several weeks", "the next couple of years". */
    private static final Pattern AROUND_NOW = Pattern.compile("(?i)\\bthe\\s+(?:next|past|last|coming|first|following)\\s+"
            + "(?<quant>few|several|couple\\s+of)\\s+" + UNITS + "\\b");
    /** "in the coming weeks", "the weeks ahead". */
    private static final Pattern AHEAD = Pattern.compile("(?i)\\b(?:(?:coming|upcoming)\\s+" + UNITS.replace("unit", "unit1")
            + "|the\\s+" + UNITS.replace("unit", "unit2") + "\\s+ahead)\\b");
    /** "the year ended March 31", "the fiscal year ending June 30": a reporting year. */
    private static final Pattern ACCOUNTS_YEAR = Pattern.compile("(?i)\\bthe\\s+(?:fiscal\\s+)?year(?=\\s+end(?:ed|ing)\\b)");

    /** "offline for the hour", "closed for the whole hour": one hour; not "for the hour of need". */
    private static final Pattern FOR_THE_HOUR = Pattern.compile("(?i)\\bfor\\s+(?<span>the\\s+(?:whole\\s+|entire\\s+|full\\s+)?hour)\\b"
            + "(?![-'\\w]|\\s+(?:of|before|after|when|that|in|to)\\b)");

    private VagueDurations() {}

    static void scanInto(TemporalContext c, Candidates<TemporalClaim> found) {
        String text = c.analyzed().text();
        TemporalScan.scan(UNCOUNTED, text, found, m -> uncounted(c, m));
        TemporalScan.scan(AROUND_NOW, text, found, m -> duration(c, m, m.start(), m.group("quant"), m.group("unit")));
        TemporalScan.scan(AHEAD, text, found, m -> {
            String unit = m.group("unit1") != null ? m.group("unit1") : m.group("unit2");
            return duration(c, m, m.start(), null, unit);
        });
        TemporalScan.scan(FOR_THE_HOUR, text, found, m -> c.claim(ClaimType.DURATION, m.start("span"), m.end(), "PT1H", null, null));
        AbbreviatedDurations.scanInto(c, found);
        TemporalScan.scan(ACCOUNTS_YEAR, text, found, m -> c.claim(ClaimType.DURATION, m.start(), m.end(), "P1Y", null, null));
    }

    private static TemporalClaim uncounted(TemporalContext c, Matcher m) {
        // "for years" is "years"; "several years" keeps its quantifier.
        int start = m.group("prep") != null ? m.start("unit") : m.start();
        return duration(c, m, start, m.group("quant"), m.group("unit"));
    }

    private static TemporalClaim duration(TemporalContext c, Matcher m, int start, String quantifier, String unit) {
        boolean couple = quantifier != null && quantifier.toLowerCase(Locale.ROOT).startsWith("couple")
                || quantifier != null && quantifier.toLowerCase(Locale.ROOT).startsWith("a couple");
        String count = couple ? "2" : "X";
        String value = switch (unit.toLowerCase(Locale.ROOT)) {
            case "years" -> "P" + count + "Y";
            case "months" -> "P" + count + "M";
            case "weeks" -> "P" + count + "W";
            case "days" -> "P" + count + "D";
            case "decades" -> "P" + count + "DE";
            case "centuries" -> "P" + count + "CE";
            case "quarters" -> "P" + count + "Q";
            case "hours" -> "PT" + count + "H";
            default -> "PT" + count + "M";
        };
        return c.claim(ClaimType.DURATION, start, m.end(), value, null, null);
    }
}
