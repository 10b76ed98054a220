package org.factlint.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Durations with an abbreviated unit: "3 hrs", "45 mins", "for 3h", "lasted 90 min". "hrs" and "mins"
 * name time wherever they stand; a bare "h" or "min" only after a word that asks for a duration ("for",
 * "lasted", "took"), since "3h" alone may be a label. The one-letter d, w, y ("10d", "2w", "3y") stay
 * silent: news writes them for other things ("3D printing", "2W" two-wheelers), and "5m" is millions.
 */
final class AbbreviatedDurations {
    private static final String NUMBER = "(?<n>\\d{1,3}(?:\\.\\d{1,2})?)";
    private static final Pattern SPELLED = Pattern.compile("(?i)(?<![\\d.,])\\b" + NUMBER + "\\s?(?<unit>hrs|mins)\\b(?![-\\w]|\\.\\w)");
    private static final Pattern AFTER_CUE = Pattern.compile("(?i)\\b(?:for|lasted|lasting|lasts|took|takes|within)\\s+"
            + "(?:(?:about|around|nearly|almost|roughly|over|under)\\s+)?" + NUMBER + "\\s?(?<unit>h|hr|min)\\b(?![-\\w]|\\.\\w)");

    private AbbreviatedDurations() {}

    static void scanInto(TemporalContext c, Candidates<TemporalClaim> found) {
        String text = c.analyzed().text();
        for (Pattern pattern : new Pattern[] {SPELLED, AFTER_CUE}) {
            TemporalScan.scan(pattern, text, found, m -> {
                String n = m.group("n").replaceFirst("\\.0+$", "");
                String value = "PT" + n + (m.group("unit").toLowerCase(Locale.ROOT).startsWith("h") ? "H" : "M");
                return c.claim(ClaimType.DURATION, m.start("n"), m.end(), value, null, null);
            });
        }
    }
}
