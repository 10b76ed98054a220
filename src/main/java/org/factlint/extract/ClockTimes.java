package org.factlint.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times of day: "10:35 a.m.", "9 a.m. EST Tuesday", "noon Thursday", "midnight Friday". The day is
 * the one written with the time, else a day named in the same sentence ("at 10 p.m. Friday",
 * "Friday ... at about 10:35 a.m."), else the reference date. TIMEX3 value 2000-04-04T09:00.
 */
final class ClockTimes {
    private static final String WEEKDAY = CalendarNames.WEEKDAYS;
    private static final String MONTH = "(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.?";
    private static final String DAY_AFTER = "(?:,?\\s+(?:on\\s+)?(?:(?<day>" + WEEKDAY + "|today|yesterday|tomorrow)\\b"
            + "|" + MONTH + "\\s+(?<date>[0-3]?\\d)\\b))?";
    private static final Pattern CLOCK = Pattern.compile("(?<![\\d:.,])\\b(?<h>[01]?\\d)(?::(?<min>[0-5]\\d))?\\s*"
            + "(?<half>[aApP])\\.?[mM]\\b\\.?(?:\\s+(?:[ECMP][SD]T|GMT|UTC)\\b)?" + DAY_AFTER);
    private static final Pattern NAMED = Pattern.compile("(?i)\\b(?<word>noon|midnight|midday)\\b" + DAY_AFTER);
    private static final Pattern DAY_IN_SENTENCE = Pattern.compile("\\b(?<day>" + WEEKDAY + "|today|yesterday|tomorrow)\\b");

    private static final int WINDOW = 300;

    private ClockTimes() {}

    static void scanInto(TemporalContext c, Candidates<TemporalClaim> found) {
        String text = c.analyzed().text();
        TemporalScan.scan(CLOCK, text, found, m -> {
            int hour = Integer.parseInt(m.group("h"));
            if (hour < 1 || hour > 12) return null;
            boolean pm = Character.toLowerCase(m.group("half").charAt(0)) == 'p';
            int hour24 = hour % 12 + (pm ? 12 : 0);
            int minute = m.group("min") == null ? 0 : Integer.parseInt(m.group("min"));
            return time(c, m, hour24, minute);
        });
        TemporalScan.scan(NAMED, text, found, m -> {
            String word = m.group("word").toLowerCase(Locale.ROOT);
            // "midnight Friday" is the end of that Friday: TIMEX3 hour 24
            return time(c, m, word.equals("midnight") ? 24 : 12, 0);
        });
    }

    private static TemporalClaim time(TemporalContext c, Matcher m, int hour, int minute) {
        String dayWord = m.group("day");
        if (dayWord == null && m.group("date") == null) dayWord = dayInSentence(c, m.start(), m.end());
        LocalDate date = m.group("date") != null ? monthDay(c, m)
                : dayWord == null ? c.reference() : dayOf(c, dayWord, m.start(), m.end());
        String value = String.format("%sT%02d:%02d", Timex.day(date), hour, minute);
        if (hour == 24) value = Timex.day(date) + "T24";
        // A day taken from a weekday, the sentence or the reference date is relative, as a bare weekday is.
        String arithmetic = m.group("date") != null ? null
                : (dayWord == null ? "the reference date" : dayWord) + " from " + c.reference() + " = " + date;
        return c.claim(ClaimType.TIME, m.start(), m.end(), value, DateInterval.day(date), arithmetic);
    }

    private static String dayInSentence(TemporalContext c, int start, int end) {
        String text = c.analyzed().text();
        var sentence = c.sentence(start);
        int regionEnd = sentence.end();
        // The sentence splitter may end a sentence at the dot of "a.m."; the sentence goes on after it.
        if (regionEnd <= end + 1 && regionEnd < text.length()) regionEnd = c.sentence(regionEnd + 1).end();
        // Within a few lines either side: a run-on "sentence" of megabytes must not be rescanned per match.
        int from = Math.max(sentence.start(), start - WINDOW);
        int to = Math.min(Math.max(regionEnd, sentence.end()), end + WINDOW);
        Matcher day = DAY_IN_SENTENCE.matcher(text).region(from, to);
        String only = null;
        while (day.find()) {
            if (only != null && !only.equals(day.group("day"))) return null; // two days named: which one is unclear
            only = day.group("day");
        }
        return only;
    }

    /** "5 p.m. EST Nov. 9": that day in the year that puts it nearest the reference date. */
    private static LocalDate monthDay(TemporalContext c, Matcher m) {
        int month = "JanFebMarAprMayJunJulAugSepOctNovDec".indexOf(m.group("month").substring(0, 3)) / 3 + 1;
        int day = Integer.parseInt(m.group("date"));
        LocalDate ref = c.reference();
        LocalDate best = null;
        for (int year = ref.getYear() - 1; year <= ref.getYear() + 1; year++) {
            LocalDate candidate = LocalDate.of(year, month, day); // an impossible day throws: the scan drops it
            if (best == null || Math.abs(candidate.toEpochDay() - ref.toEpochDay()) < Math.abs(best.toEpochDay() - ref.toEpochDay())) {
                best = candidate;
            }
        }
        return best;
    }

    private static LocalDate dayOf(TemporalContext c, String word, int offset, int end) {
        LocalDate ref = c.reference();
        return switch (word) {
            case "today" -> ref;
            case "yesterday" -> ref.minusDays(1);
            case "tomorrow" -> ref.plusDays(1);
            default -> TemporalExtractor.weekdayDate(ref, DayOfWeek.valueOf(word.toUpperCase(Locale.ROOT)),
                    TemporalExtractor.placeOfDay(c, offset, end));
        };
    }
}
