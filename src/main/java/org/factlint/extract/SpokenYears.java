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
    private static final String MONTH = "(?<month>" + CalendarNames.MONTHS + ")";
    private static final String TWO_DIGITS = "(?<rest>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine)\\b)?|ten|eleven|twelve|thirteen|fourteen|fifteen"
            + "|sixteen|seventeen|eighteen|nineteen)";
    private static final Pattern CENTURY_AND_YEAR = Pattern.compile("\\b(?:" + MONTH + "\\s+)?(?i:(?<century>eighteen|"
            + "nineteen|twenty)[\\s-]+" + TWO_DIGITS + ")\\b(?![\\s-]+(?:dollars?|percent|per\\s+cent|people|years?|times)\\b)");
    /** "two thousand and fifteen", "two thousand five", "two thousand": a year of this century, read only where cued. */
    private static final String THOUSANDS = "two\\s+thousand(?:(?:\\s+and)?\\s+(?<thousands>"
            + TWO_DIGITS.replace("?<rest>", "") + "|one|two|three|four|five|six|seven|eight|nine)\\b)?";
    /** "the year two thousand", "the year two thousand and fifteen". */
    private static final Pattern TWO_THOUSAND = Pattern.compile("(?i)\\bthe\\s+year\\s+" + THOUSANDS + "\\b");
    /** "October two thousand and five", "August of two thousand": a capitalised month names the year after it. */
    private static final Pattern MONTH_THOUSANDS = Pattern.compile("\\b" + MONTH + "\\s+(?:of\\s+)?(?i:" + THOUSANDS + ")\\b");
    /** "in two thousand and fifteen": only with its units ("in two thousand" alone may be a ratio). */
    private static final Pattern IN_THOUSANDS = Pattern.compile("(?i)(?<![\\w-])in\\s+(?<y>two\\s+thousand(?:\\s+and)?\\s+(?<thousands>"
            + TWO_DIGITS.replace("?<rest>", "") + "|one|two|three|four|five|six|seven|eight|nine))\\b");
    /** "April of 87", "April of '87", "April '87": a month of a year written with two digits. */
    private static final Pattern MONTH_SHORT_YEAR = Pattern.compile("\\b" + MONTH + "(?:\\s+of\\s+['’]?|\\s+['’])(?<yy>\\d{2})"
            + "(?![\\w%'’]|[.,:/-]\\d)");
    /** Words after which a number word still counts nothing: "in October two thousand and returned", "two thousand, when". */
    private static final java.util.Set<String> NOT_COUNTED = java.util.Set.of("and", "but", "when", "while", "after", "before",
            "until", "on", "at", "with", "as", "because", "where", "he", "she", "they", "we", "i", "it", "was", "were",
            "is", "are", "had", "has", "have", "the", "his", "her", "their", "its", "that", "which", "who", "for", "from",
            "by", "so", "then", "since", "there", "this", "during", "through", "following");
    /** After "and": what keeps the number going ("two thousand and more", "two thousand and a half"). */
    private static final java.util.Set<String> STILL_COUNTING = java.util.Set.of("more", "a", "an", "half", "some", "over",
            "up", "counting", "rising", "growing", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
    private static final Pattern NEXT_WORDS = Pattern.compile("\\s*(?<punct>[.,;:!?)\"”’'—–]|$)|\\s+(?<w1>[A-Za-z]+)(?:\\s+(?<w2>[A-Za-z]+))?");

    /** A day as a word: "twenty five", "fifteen", "first", "thirty-first". */
    private static final String DAY_WORD = "(?:twenty|thirty)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine)\\b)?"
            + "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
            + "|one|two|three|four|five|six|seven|eight|nine|" + WrittenDates.ORDINAL_WORD;
    private static final String DAY = "(?<day>[0-3]?\\d(?:st|nd|rd|th)?|" + DAY_WORD + ")";
    private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";
    /**
     * A spoken year: "nineteen eighty six", "nineteen hundred ninety three", "seventeen hundred thirty
     * three", "two thousand and thirty two", "nineteen oh five".
     */
    private static final String YEAR = "(?<year>(?<hundreds>eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
            + "|nineteen)[\\s-]+(?:hundred(?:\\s+and)?(?:\\s+(?<after>" + TWO_DIGITS.replace("?<rest>", "") + "|" + UNITS + "))?"
            + "|oh[\\s-]+(?<oh>" + UNITS + ")|(?<tens>" + TWO_DIGITS.replace("?<rest>", "") + "))"
            + "|twenty[\\s-]+(?<tens2>" + TWO_DIGITS.replace("?<rest>", "") + ")"
            + "|two\\s+thousand(?:(?:\\s+and)?\\s+(?<thousands>" + TWO_DIGITS.replace("?<rest>", "") + "|" + UNITS + "))?)\\b";
    /** "January twenty five nineteen eighty six", "15 August nineteen hundred ninety three". */
    private static final Pattern SPOKEN_DATE = Pattern.compile("(?i)\\b(?:" + WrittenDates.MONTH + "\\s+(?:the\\s+)?" + DAY
            + "|(?:the\\s+)?" + DAY.replace("?<day>", "?<day2>") + "\\s+(?:of\\s+)?" + WrittenDates.MONTH.replace("?<month>", "?<month2>")
            + ")[\\s,]+" + YEAR + "(?![\\s-]+(?:dollars?|percent|per\\s+cent|people|years?|times)\\b)");

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
        TemporalScan.scan(SPOKEN_DATE, text, found, m -> spokenDate(c, m));
        TemporalScan.scan(TWO_THOUSAND, text, found, m -> yearClaim(c, m, 2000 + thousands(m)));
        TemporalScan.scan(MONTH_THOUSANDS, text, found, m -> {
            if (!endsTheNumber(text, m.end())) return null;
            return monthClaim(c, m.start(), m.end(), m.group("month"), 2000 + thousands(m));
        });
        TemporalScan.scan(IN_THOUSANDS, text, found, m -> {
            if (!endsTheNumber(text, m.end()) || countBefore(text, m.start())) return null;
            int year = 2000 + thousands(m);
            return c.claim(ClaimType.DATE, m.start("y"), m.end(), Timex.year(year), DateInterval.year(year), null);
        });
        TemporalScan.scan(MONTH_SHORT_YEAR, text, found, m -> {
            if (!endsTheNumber(text, m.end())) return null;
            int yy = Integer.parseInt(m.group("yy"));
            int year = NumericDates.centuryOf(c.reference(), yy);
            TemporalClaim claim = monthClaim(c, m.start(), m.end(), m.group("month"), year);
            return claim;
        });
    }

    private static int thousands(Matcher m) {
        return m.group("thousands") == null ? 0 : (int) words(m.group("thousands"));
    }

    private static TemporalClaim monthClaim(TemporalContext c, int start, int end, String monthWord, int year) {
        YearMonth month = YearMonth.of(year, WrittenDates.month(monthWord));
        return c.claim(ClaimType.DATE, start, end, Timex.month(month), DateInterval.month(month), null);
    }

    /**
     * Whether a number written in words ends at {@code end}: the text ends, punctuation follows, or a
     * word that cannot be what it counts ("in October two thousand and returned"); not "two thousand
     * and fifteen cases" or "two thousand to three thousand".
     */
    static boolean endsTheNumber(String text, int end) {
        Matcher next = NEXT_WORDS.matcher(text).region(end, text.length());
        if (!next.lookingAt()) return false;
        if (next.group("punct") != null) return true;
        String w1 = next.group("w1").toLowerCase(Locale.ROOT);
        if (!NOT_COUNTED.contains(w1)) return false;
        return !w1.equals("and") || next.group("w2") == null || !STILL_COUNTING.contains(next.group("w2").toLowerCase(Locale.ROOT));
    }

    /** "one in two thousand and five": a ratio. */
    private static boolean countBefore(String text, int start) {
        String before = text.substring(Math.max(0, start - 16), start);
        return before.matches("(?is).*(?:\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an)\\b)\\s*$");
    }

    private static TemporalClaim spokenDate(TemporalContext c, Matcher m) {
        boolean monthFirst = m.group("month") != null;
        String monthWord = monthFirst ? m.group("month") : m.group("month2");
        Integer day = dayOf(monthFirst ? m.group("day") : m.group("day2"));
        if (day == null || day < 1) return null;
        if (monthWord.toLowerCase(Locale.ROOT).startsWith("may") && !Character.isUpperCase(monthWord.charAt(0))
                && Character.isDigit(m.group().charAt(0))) {
            return null; // "5 may nineteen ..." : "may" the verb
        }
        int year = spokenYear(m);
        if (year < 0) return null;
        // "on January first two thousand people marched": thousands count more often than they date
        if (m.group("year").toLowerCase(Locale.ROOT).startsWith("two") && !endsTheNumber(c.analyzed().text(), m.end())) return null;
        java.time.LocalDate date = java.time.LocalDate.of(year, WrittenDates.month(monthWord), day);
        return c.claim(ClaimType.DATE, m.start(), m.end(), Timex.day(date), DateInterval.day(date), null);
    }

    private static Integer dayOf(String text) {
        Integer ordinal = WrittenDates.day(text);
        if (ordinal != null) return ordinal;
        long n = NumberWords.parse(text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "-")).orElse(-1);
        return n < 1 || n > 31 ? null : (int) n;
    }

    /** The year {@link #YEAR} matched, or -1. */
    private static int spokenYear(Matcher m) {
        if (m.group("thousands") != null || m.group("year").toLowerCase(Locale.ROOT).startsWith("two")) {
            return m.group("thousands") == null ? 2000 : 2000 + (int) words(m.group("thousands"));
        }
        if (m.group("tens2") != null) {
            long rest = words(m.group("tens2"));
            return rest < 10 ? -1 : (int) (2000 + rest);
        }
        int century = (int) words(m.group("hundreds")) * 100;
        if (m.group("oh") != null) return century + (int) words(m.group("oh"));
        if (m.group("tens") != null) {
            long rest = words(m.group("tens"));
            return rest < 10 ? -1 : (int) (century + rest);
        }
        return century + (m.group("after") == null ? 0 : (int) words(m.group("after")));
    }

    private static long words(String text) {
        return NumberWords.parse(text.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", "-")).orElse(-1);
    }

    private static TemporalClaim yearClaim(TemporalContext c, Matcher m, int year) {
        if (m.group().contains("thousand") || m.group("month") == null) {
            return c.claim(ClaimType.DATE, m.start(), m.end(), Timex.year(year), DateInterval.year(year), null);
        }
        YearMonth month = YearMonth.of(year, java.time.Month.valueOf(m.group("month").toUpperCase(Locale.ROOT)));
        return c.claim(ClaimType.DATE, m.start(), m.end(), Timex.month(month), DateInterval.month(month), null);
    }
}
