package org.factlint.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar points written in forms the base scan leaves in pieces: lower-case or abbreviated
 * months ("28 june in 2020", "Dec-2018", "2019/aug/01"), ordinal words ("fourth of July, 1995"),
 * a comma set apart ("Dec. 31 , 1994"), quarters and halves next to a year ("2017 Q1", "H2 2019")
 * and centuries without "the". Only the composer reads them (see {@link TemporalComposer}); every
 * pattern is linear (no nested quantifiers).
 */
final class WrittenDates {
    static final String MONTH = "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    static final String ORDINAL_WORD = "(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
            + "|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
            + "|twentieth|thirtieth";
    static final String DAY = "(?<day>(?<![\\d.,:/-])[0-3]?\\d(?:st|nd|rd|th)?(?![\\d:])|(?:" + ORDINAL_WORD + "))";
    private static final String YEAR = "(?<year>1\\d{3}|20\\d{2})(?![\\d%])";
    private static final String YEAR_JOIN = "(?:[ \\t]*,[ \\t]*|[ \\t]+of[ \\t]+|[ \\t]+in[ \\t]+|[ \\t]+)";

    private static final Pattern DAY_MONTH = Pattern.compile("(?i)\\b(?:the\\s+)?" + DAY + "(?:\\s+day)?\\s+(?:of\\s+)?"
            + MONTH + "(?![\\w-])(?:" + YEAR_JOIN + YEAR + ")?");
    private static final Pattern MONTH_DAY = Pattern.compile("(?i)\\b" + MONTH + "(?:[ \\t]*,?[ \\t]*|[ \\t]+the[ \\t]+)" + DAY
            + "(?![\\w-])(?:" + YEAR_JOIN + YEAR + ")?");
    private static final Pattern YEAR_MON_DAY = Pattern.compile("(?i)\\b" + YEAR + "[-/]" + MONTH + "[-/](?<d>[0-3]?\\d)\\b");
    private static final Pattern DAY_MON_YEAR = Pattern.compile("(?i)\\b(?<d>[0-3]?\\d)[-/]" + MONTH + "[-/]" + YEAR);
    private static final Pattern MON_DAY_YEAR = Pattern.compile("(?i)\\b" + MONTH + "[-/](?<d>[0-3]?\\d)[-/]" + YEAR);
    private static final Pattern YEAR_DAY_MON = Pattern.compile("(?i)\\b" + YEAR + "/(?<d>[0-3]?\\d)/" + MONTH + "\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?i)\\b" + MONTH + "(?:\\s*[-/]\\s*|,?\\s+(?:of\\s+|in\\s+)?)" + YEAR);
    private static final Pattern YEAR_MONTH = Pattern.compile("(?i)\\b" + YEAR + "\\s+" + MONTH + "(?![\\w-])(?!\\s+\\d)");
    private static final Pattern YEAR_PART = Pattern.compile("(?i)\\b" + YEAR + "[\\s-]?(?<kind>[qh])(?<n>[1-4])\\b");
    private static final Pattern PART_YEAR = Pattern.compile("(?i)\\b(?<kind>[qh])(?<n>[1-4])(?:\\s*-\\s*|\\s+(?:of\\s+)?)" + YEAR);
    private static final Pattern MONTH_SLASH_DAY = Pattern.compile("(?i)\\b" + MONTH + "/(?<d>[0-3]?\\d)\\b(?![/.]\\d)");
    private static final String DECADE_WORD = "twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties";
    /**
     * A preposition of time, just before a decade written without its century. Matched, not looked behind for:
     * a pattern that opens on a lookbehind is tried at every character of the text.
     */
    private static final String DECADE_PREPOSITION = "\\b(?:in|during|since|through|throughout|until|till|from|into|before|after|of)[ \\t]{1,3}";
    /**
     * "the nineties", "the '90s"; after a preposition of time also "in nineties" and "in the (late) 90s".
     * Never "in his sixties" (an age: nothing may stand between the preposition and the decade),
     * "90 s" ("in 90 s" is ninety seconds), nor "the 20s" (the 1920s or the 2020s?); and "in twenties" or
     * "in fifties" are banknotes as often.
     * A guard on the sentence ({@link #notADecade}) keeps temperatures, prices, scores and banknotes out.
     */
    private static final Pattern DECADE = Pattern.compile("(?i)(?:\\bthe\\s+(?<word>" + DECADE_WORD + ")"
            + "|(?<![\\w'’])['’](?<digit>[2-9])0s"
            + "|" + DECADE_PREPOSITION + "(?<decade>(?<bare>" + DECADE_WORD.replace("twenties|", "").replace("fifties|", "") + ")"
            + "|the[ \\t]+(?:(?:early|mid|late)[- ])?(?<digits>[3-9])0s)\\b(?![-'’]))\\b");
    /** Words that make "the nineties" a temperature ("temperatures in the nineties"). */
    private static final Pattern TEMPERATURE_WORDS = Pattern.compile("(?i)(?:\\b(?:temperatures?|temps|degrees?|fahrenheit"
            + "|celsius|weather|forecasts?|mercury|thermometers?|heat\\s+index)\\b|°)");
    /** Words that make "the 90s" another figure as well: the weather's highs, a price, a score, a rating, an age. */
    private static final Pattern FIGURE_WORDS = Pattern.compile("(?i)(?:\\b(?:highs?|lows?|heat|hot|warm|warmer|cool|cooler"
            + "|humid|humidity|swelter\\w*|scorch\\w*|balmy|percent|per\\s+cent|percentage|ratings?|approval|polls?|polling"
            + "|scores?|scored|points|grades?|mph|speeds?|prices?|priced|cents|dollars|traded|trading|shares|stocks?|yields?"
            + "|averag\\w*|aged?|IQ|paid|pay|cash|bills|notes|banknotes|denominations|markets?|index|indices|closed|closing)\\b|[%$])");
    /** "A woman in nineties" (a headline's age): a person before the preposition. */
    private static final Pattern PERSON_BEFORE = Pattern.compile("(?i)\\b(?:man|woman|men|women|people|persons?|patients?"
            + "|residents?|couple|adults|voters|someone|anyone|those|mother|father|grandmother|grandfather|widow|widower"
            + "|veterans?|survivors?|pensioners?|retirees?),?\\s+\\w+\\s+$");
    private static final java.util.List<String> DECADE_WORDS = java.util.List.of("twenties", "thirties", "forties",
            "fifties", "sixties", "seventies", "eighties", "nineties");
    private static final Pattern CENTURY = Pattern.compile("(?i)\\b(?:the\\s+)?(?<ord>\\d{1,2})(?:st|nd|rd|th)\\s+century\\b");

    private static final Map<String, Integer> ORDINALS = ordinals();

    private WrittenDates() {}

    static List<DatePoint> find(String text, LocalDate reference) {
        List<DatePoint> found = new ArrayList<>();
        // "the fifth day of May on China's lunar calendar": no day of the Gregorian year
        scan(DAY_MONTH, text, found, m -> PeriodRecognizers.lunarAfter(text, m.end()) ? null : dayMonth(m, reference));
        scan(MONTH_DAY, text, found, m -> dayMonth(m, reference));
        for (Pattern p : List.of(YEAR_MON_DAY, DAY_MON_YEAR, MON_DAY_YEAR, YEAR_DAY_MON)) {
            scan(p, text, found, m -> DatePoint.day(m.start(), m.end(),
                    LocalDate.of(year(m), month(m.group("month")), Integer.parseInt(m.group("d"))), true));
        }
        scan(MONTH_YEAR, text, found, WrittenDates::monthYear);
        scan(YEAR_MONTH, text, found, WrittenDates::monthYear);
        scan(YEAR_PART, text, found, WrittenDates::yearPart);
        scan(PART_YEAR, text, found, WrittenDates::yearPart);
        scan(MONTH_SLASH_DAY, text, found, m -> DatePoint.day(m.start(), m.end(),
                nearest(reference, month(m.group("month")), Integer.parseInt(m.group("d"))), false));
        scan(DECADE, text, found, m -> decade(text, m));
        found.addAll(Holidays.find(text, reference));
        scan(CENTURY, text, found, m -> {
            int ordinal = Integer.parseInt(m.group("ord"));
            if (ordinal < 1 || ordinal > 22) return null;
            return new DatePoint(m.start(), m.end(), LocalDate.of(Math.max(1, (ordinal - 1) * 100), 1, 1),
                    DatePoint.Grain.CENTURY, true);
        });
        return found;
    }

    private static DatePoint decade(String text, Matcher m) {
        String word = m.group("word") != null ? m.group("word") : m.group("bare");
        int tens = word != null ? DECADE_WORDS.indexOf(word.toLowerCase(Locale.ROOT)) + 2
                : Integer.parseInt(m.group("digit") != null ? m.group("digit") : m.group("digits"));
        int start = m.start("decade") >= 0 ? m.start("decade") : m.start(); // after the preposition
        if (notADecade(text, m, start)) return null;
        // "the late 90s" keeps the decade's value, as the base scan writes "the late 1990s" (TIMEX3 "199")
        return new DatePoint(start, m.end(), LocalDate.of(1900 + 10 * tens, 1, 1), DatePoint.Grain.DECADE, true);
    }

    /**
     * A decade word or number in a sentence about temperatures ("highs in the nineties") or, for the
     * forms new to news ("in nineties", "the 90s"), about other figures ("shares traded in the 90s") or
     * after a person ("a woman in nineties"): silent. "The '90s" can only be a decade; not guarded.
     */
    private static boolean notADecade(String text, Matcher m, int start) {
        if (m.group("digit") != null) return false;
        int from = sentenceStart(text, start);
        int to = sentenceEnd(text, m.end());
        if (TEMPERATURE_WORDS.matcher(text).region(from, to).find()) return true;
        if (m.group("word") != null) return false; // "the nineties" in words is a decade but for the weather
        if (FIGURE_WORDS.matcher(text).region(from, to).find()) return true;
        return m.group("bare") != null && PERSON_BEFORE.matcher(text.substring(Math.max(from, start - 40), start)).find();
    }

    private static int sentenceStart(String text, int at) {
        int limit = Math.max(0, at - 200);
        for (int i = at - 1; i >= limit; i--) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '.' || c == '!' || c == '?') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        return limit;
    }

    private static int sentenceEnd(String text, int at) {
        int limit = Math.min(text.length(), at + 200);
        for (int i = at; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return i;
            }
        }
        return limit;
    }

    private interface Reading {
        DatePoint read(Matcher m);
    }

    private static void scan(Pattern pattern, String text, List<DatePoint> found, Reading reading) {
        for (Matcher m : SkippingMatcher.matches(pattern, text)) {
            try {
                DatePoint point = reading.read(m);
                if (point != null) found.add(point);
            } catch (DateTimeException | NumberFormatException e) {
                // an impossible day: the base scan reports it; no reading here
            }
        }
    }

    private static DatePoint dayMonth(Matcher m, LocalDate reference) {
        String monthWord = m.group("month");
        Integer day = day(m.group("day"));
        if (day == null || day < 1) return null;
        int month = month(monthWord);
        if (m.group("year") != null) {
            return DatePoint.day(m.start(), m.end(), LocalDate.of(year(m), month, day), true);
        }
        // "may" and "march" are verbs too; without a year, only a capitalised name counts.
        String lower = monthWord.toLowerCase(Locale.ROOT);
        if ((lower.startsWith("may") || lower.startsWith("mar")) && !Character.isUpperCase(monthWord.charAt(0))) return null;
        return DatePoint.day(m.start(), m.end(), nearest(reference, month, day), false);
    }

    /** A day and month without a year: the occurrence nearest the reference date. */
    static LocalDate nearest(LocalDate reference, int month, int day) {
        LocalDate best = null;
        for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
            try {
                LocalDate candidate = LocalDate.of(year, month, day);
                if (best == null || Math.abs(candidate.toEpochDay() - reference.toEpochDay())
                        < Math.abs(best.toEpochDay() - reference.toEpochDay())) best = candidate;
            } catch (DateTimeException e) {
                // 29 February in a common year
            }
        }
        if (best == null) throw new DateTimeException("no such day");
        return best;
    }

    private static DatePoint monthYear(Matcher m) {
        return new DatePoint(m.start(), m.end(), LocalDate.of(year(m), month(m.group("month")), 1), DatePoint.Grain.MONTH, true);
    }

    private static DatePoint yearPart(Matcher m) {
        int n = Integer.parseInt(m.group("n"));
        boolean half = m.group("kind").equalsIgnoreCase("h");
        if (half && n > 2) return null;
        LocalDate first = LocalDate.of(year(m), half ? 6 * n - 5 : 3 * n - 2, 1);
        return new DatePoint(m.start(), m.end(), first, half ? DatePoint.Grain.HALF : DatePoint.Grain.QUARTER, true);
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group("year"));
    }

    /** A day of the month as digits ("4th") or an ordinal word ("fourth", "twenty-third"), or null. */
    static Integer day(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ").strip();
        if (lower.matches("\\d{1,2}(?:st|nd|rd|th)?")) return Integer.valueOf(lower.replaceAll("\\D", ""));
        return ORDINALS.get(lower);
    }

    static int month(String name) {
        String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(key) + 1;
    }

    private static Map<String, Integer> ordinals() {
        String[] units = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"};
        String[] teens = {"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth"};
        Map<String, Integer> map = new java.util.HashMap<>();
        for (int i = 0; i < units.length; i++) {
            map.put(units[i], i + 1);
            map.put("twenty " + units[i], 21 + i);
        }
        for (int i = 0; i < teens.length; i++) map.put(teens[i], 10 + i);
        map.put("twentieth", 20);
        map.put("thirtieth", 30);
        map.put("thirty first", 31);
        return Map.copyOf(map);
    }
}
