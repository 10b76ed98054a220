package org.factlint.extract;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factlint.nlp.Token;

/**
 * Frequencies (TIMEX3 SET): "daily", "every Monday", "each quarter", "once a week", "every other day",
 * "every two years", "Tuesday nights", "on weekends", "the 19th of every month", and a clock time
 * repeated ("3pm each day", "every day at 7:13 p.m.", "Tuesdays at 9am"). A set names no one
 * interval, so no rule checks it. Values follow TIMEX3: a time of day on any day is XXXX-XX-XXT15:00.
 *
 * Left silent on purpose: the adjectives "annual", "quarterly", "semiannual" ("the annual report", "a
 * quarterly dividend": news uses them everywhere, TimeBank does not annotate them: of its 11 "quarterly",
 * none is a SET, of its 6 "annual", none is tagged), "bimonthly" and "biweekly" (twice a month or every
 * two months? TimeBank has none), and "everyday" before a noun ("everyday life"; TimeBank's one is untagged).
 */
final class Frequencies {
    private static final String WEEKDAY = CalendarNames.WEEKDAYS;
    private static final String MONTH = CalendarNames.MONTHS;
    /** A clock time with its half of the day: "3pm", "7:13 p.m.", "noon". */
    private static final String CLOCK = "(?:(?:1[0-2]|0?[1-9])(?::[0-5]\\d)?\\s?[ap]\\.?m\\b\\.?|noon|midnight)";
    /** After "at" a 24-hour time is a time too: "at 17.30", "at 09:00". */
    private static final String CLOCK_AT = "at\\s+(?:" + CLOCK + "|(?:[01]?\\d|2[0-3])[:.][0-5]\\d(?![\\d.,]\\d))";
    private static final String CLOCK_AFTER = "(?<clock>,?\\s+(?:" + CLOCK_AT + "|" + CLOCK + "))";
    private static final String COUNT = "(?<n>\\d{1,2}|" + NumberWords.PATTERN + ")";

    /** "daily", "weekly", "hourly", "semi-annually", "near-daily"; not the "monthly" of "bi-monthly" or "semi-monthly". */
    private static final Pattern ADVERB = Pattern.compile("(?i)(?<!\\w)(?<!\\b(?:bi|tri|semi)-)(?<word>daily|weekly|monthly|annually|yearly|hourly|"
            + "fortnightly|semi-?annually)\\b(?!-)");
    /** "quarterly" only at the end of a clause ("reports quarterly."); before a noun it is the adjective. */
    private static final Pattern QUARTERLY = Pattern.compile("(?i)(?<![-\\w])quarterly(?=\\s*(?:[.;:!?)]|,\\s|$))");
    /** "every day", "each quarter", "every other Friday", "every weekend", "each July". */
    private static final Pattern EVERY = Pattern.compile("(?i)\\b(?:every|each)\\s+(?<other>other\\s+)?(?<unit>day|week|month|year|"
            + "quarter|hour|decade|morning|afternoon|evening|night|weekday|weekend|" + WEEKDAY + "|(?-i:" + MONTH + "))\\b(?!-)"
            + "(?:" + CLOCK_AFTER + ")?");
    /** "every two weeks", "every 4 years". */
    private static final Pattern EVERY_COUNT = Pattern.compile("(?i)\\bevery\\s+" + COUNT
            + "\\s+(?<unit>years|months|weeks|days|hours|minutes|decades)\\b");
    /**
     * "once a week", "once every month", "twice a year", "twice-weekly": TIMEX3 gives the period (P1Y) and
     * leaves how often within it to the freq attribute.
     */
    private static final Pattern ONCE = Pattern.compile("(?i)\\b(?:once|twice)(?:\\s+(?:a|an|per|every|each)\\s+(?<unit>day|week|month|"
            + "year|quarter|hour|decade)\\b|-(?<adverb>daily|weekly|monthly|yearly|annually)\\b)(?!-)");
    /** "everyday" as the adverb: at the end of a clause or with a clock time. */
    private static final Pattern EVERYDAY = Pattern.compile("(?i)\\beveryday(?:(?=\\s*(?:[.;:!?)]|,\\s|$))|" + CLOCK_AFTER + ")");
    /** "3pm each day", "7 p.m. every evening", "6am everyday", "9 a.m. daily", "at 9am on Tuesdays". */
    private static final Pattern CLOCK_FIRST = Pattern.compile("(?i)(?<![\\d:.])\\b(?<clock>" + CLOCK + ")\\s+(?:(?:every|each)\\s+(?:day|morning|afternoon|evening|night)|"
            + "everyday|daily|(?:on\\s+)?(?:(?:every|each)\\s+(?<wd1>" + WEEKDAY + ")|(?<wd2>" + WEEKDAY + ")s))\\b");
    /** "Tuesdays", "Friday mornings", "Tuesday nights", "Thursdays at 17.30". */
    private static final Pattern WEEKDAYS = Pattern.compile("(?i)\\b(?<wd>" + WEEKDAY + ")(?:(?<s>s)|s?\\s+(?<part>mornings|"
            + "afternoons|evenings|nights))\\b" + "(?:" + CLOCK_AFTER + ")?");
    /** "on weekends", "weekends": habitual unless counted or pinned ("the past two weekends"). */
    private static final Pattern WEEKENDS = Pattern.compile("(?i)\\bweekends\\b");
    private static final Set<String> NOT_BEFORE_WEEKENDS = Set.of("the", "past", "last", "next", "recent", "previous", "coming",
            "consecutive", "successive", "few", "several", "many", "some", "those", "these", "both", "all", "their", "our",
            "his", "her", "my", "your", "its", "first", "final", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "of", "separate", "different", "straight", "summer", "winter", "spring", "autumn", "fall");
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\w']+)\\s+$");
    /** "the 19th of every month", "the 1st of each month". */
    private static final Pattern DAY_OF_MONTH = Pattern.compile("(?i)\\b(?:the\\s+)?(?<d>[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)\\s+of\\s+"
            + "(?:every|each)\\s+month\\b");

    /** A quarter of a game ("leading by every quarter") is no calendar quarter. */
    private static final Pattern GAME = Pattern.compile("(?i)\\b(?:games?|match(?:es)?|points|scored|half-?time|basketball|"
            + "football|rugby|hockey|quarterback|tournament)\\b");

    private Frequencies() {}

    static void scanInto(TemporalContext c, Candidates<TemporalClaim> found) {
        String text = c.analyzed().text();
        TemporalScan.scan(ADVERB, text, found, m -> publication(c, m) ? null : set(c, m, adverb(m.group("word"))));
        TemporalScan.scan(QUARTERLY, text, found, m -> inGame(c, m) ? null : set(c, m, "P1Q"));
        TemporalScan.scan(EVERY, text, found, m -> m.group("unit").equalsIgnoreCase("quarter") && inGame(c, m) ? null : every(c, m));
        TemporalScan.scan(EVERY_COUNT, text, found, m -> {
            long n = count(m.group("n"));
            return n < 2 ? null : set(c, m, duration(n, m.group("unit")));
        });
        TemporalScan.scan(ONCE, text, found, m -> set(c, m, m.group("unit") != null ? duration(1, m.group("unit")) : adverb(m.group("adverb"))));
        TemporalScan.scan(EVERYDAY, text, found, m -> set(c, m, m.group("clock") == null ? "P1D" : anyDay(clock(m.group("clock")))));
        TemporalScan.scan(CLOCK_FIRST, text, found, m -> {
            String time = clock(m.group("clock"));
            String wd = m.group("wd1") != null ? m.group("wd1") : m.group("wd2");
            return set(c, m, wd == null ? anyDay(time) : weekday(wd) + time);
        });
        TemporalScan.scan(WEEKDAYS, text, found, m -> weekdays(c, m));
        TemporalScan.scan(WEEKENDS, text, found, m -> {
            Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start()));
            String word = before.find() ? before.group(1).toLowerCase(Locale.ROOT) : "";
            if (NOT_BEFORE_WEEKENDS.contains(word) || word.matches("\\d+|.*'s?")) return null;
            return set(c, m, "P1WE");
        });
        TemporalScan.scan(DAY_OF_MONTH, text, found, m -> set(c, m, String.format("XXXX-XX-%02d", Integer.parseInt(m.group("d")))));
    }

    /** Verbs a newspaper does: "the daily said", "the Sabah weekly reported". */
    private static final Set<String> REPORTS = Set.of("said", "says", "reported", "reports", "wrote", "writes", "quoted", "quotes",
            "cited", "cites", "added", "adds", "claimed", "claims", "revealed", "reveals", "noted", "notes", "carried", "carries",
            "published", "publishes", "stated", "states", "disclosed", "discloses", "commented", "alleged", "headlined", "printed",
            "reporting", "quoting", "citing", "saying", "writing", "ran", "warned", "echoed", "described", "argued", "pointed", "editorialized");
    private static final Pattern WEEKDAY_WORD = Pattern.compile("(?:" + WEEKDAY + ")|(?i:today|yesterday)");
    private static final Pattern CALENDAR_NAME = Pattern.compile("(?i)(?:" + WEEKDAY + "|" + MONTH + ")s?");
    /**
     * "daily", "weekly" or "monthly" as a noun, a newspaper or magazine: "China Daily", "the Daily Telegraph",
     * "the daily said", "told the Sabah daily.", "the Israeli daily Haaretz", "Le Figaro daily on Friday".
     * A name is capitalized in mid-sentence; the noun follows a determiner,
     * an adjective or a name and stands where no noun follows. When unsure, silence: a lost "daily" costs little.
     */
    private static boolean publication(TemporalContext c, Matcher m) {
        String word = m.group("word").toLowerCase(Locale.ROOT);
        if (!word.equals("daily") && !word.equals("weekly") && !word.equals("monthly")) return false;
        var sentence = c.sentence(m.start());
        var tokens = sentence.tokens();
        int at = sentence.tokenAtOrAfter(m.start());
        if (at >= tokens.size() || tokens.get(at).start() != m.start()) return false;
        Token before = at > 0 ? tokens.get(at - 1) : null;
        Token after = at + 1 < tokens.size() ? tokens.get(at + 1) : null;
        boolean first = before == null || before.pos().startsWith("PUNCT") && !before.text().equals(",");
        boolean nameAfter = after != null && Character.isUpperCase(after.text().charAt(0)) && !CALENDAR_NAME.matcher(after.text()).matches();
        if (Character.isUpperCase(m.group("word").charAt(0)) && (!first || nameAfter)) return true;
        if (after != null && REPORTS.contains(after.text().toLowerCase(Locale.ROOT))) return true;
        if (before == null) return false;
        if (before.text().equals(":") && after == null) return true; // a headline's source: "... foiled: daily"
        String pos = before.pos();
        boolean determiner = pos.startsWith("DET") || pos.startsWith("PROPN") || pos.startsWith("PART");
        if (!determiner && !pos.startsWith("ADJ") && !pos.startsWith("NOUN")) return false;
        if (nameAfter && !before.text().matches("(?i)an?")) return true; // not "a monthly Employment Survey"
        // a day after the noun tells when it reported: "The Media Indonesia daily Monday also reported"
        boolean nounEnds = after == null || after.pos().startsWith("PUNCT") || after.pos().startsWith("ADP") || after.pos().startsWith("DET")
                || WEEKDAY_WORD.matcher(after.text()).matches()
                || after.text().matches("(?i)which|that") || after.isVerb() && after.text().endsWith("ed");
        if (!nounEnds) return false;
        if (determiner) return true;
        // "the tabloid daily.", "a leading business daily,": modifiers back to a determiner, a name or a possessive
        for (int i = at - 2; i >= 0 && i >= at - 6; i--) {
            Token t = tokens.get(i);
            String p = t.pos();
            // "a" opens a noun phrase only as an apposition: "Thurakit, a leading business daily, said"; not "take a run weekly."
            if (p.startsWith("DET") && t.text().matches("(?i)an?")) return after != null && after.text().equals(",");
            if (p.startsWith("DET") || p.startsWith("PROPN") || p.startsWith("PART")) return true;
            boolean modifier = p.startsWith("ADJ") || p.startsWith("NOUN") || t.text().equals("-")
                    || t.isVerb() && (t.text().endsWith("ing") || t.text().endsWith("ed"));
            if (!modifier) return false;
        }
        return false;
    }

    private static TemporalClaim every(TemporalContext c, Matcher m) {
        String unit = m.group("unit");
        String key = unit.toLowerCase(Locale.ROOT);
        boolean other = m.group("other") != null;
        boolean partOfDay = Set.of("morning", "afternoon", "evening", "night").contains(key);
        // The clock time belongs to the set only after a day or a part of one: "every day at 7:13 p.m."
        String time = m.group("clock") == null || other || !(isWeekday(key) || key.equals("day") || partOfDay)
                ? null : clock(m.group("clock"));
        int month = monthNumber(key);
        String value;
        if (isWeekday(key)) value = weekday(unit) + (time == null ? "" : time);
        else if (time != null) value = anyDay(time);
        else if (partOfDay) value = other ? null : "XXXX-XX-XX" + partCode(key); // "every other night": no TIMEX3 value
        else if (month > 0) value = other ? null : String.format("XXXX-%02d", month);
        else if (key.equals("weekday")) value = other ? null : "P1WD";
        else if (key.equals("weekend")) value = other ? "P2WE" : "P1WE";
        else value = duration(other ? 2 : 1, key);
        if (value == null) return null;
        return c.claim(ClaimType.SET, m.start(), time == null ? m.end("unit") : m.end(), value, null, null);
    }

    private static int monthNumber(String key) {
        for (java.time.Month month : java.time.Month.values()) {
            if (month.name().equalsIgnoreCase(key)) return month.getValue();
        }
        return 0;
    }

    private static String partCode(String part) {
        return switch (part.replaceFirst("s$", "")) {
            case "morning" -> "TMO";
            case "afternoon" -> "TAF";
            case "evening" -> "TEV";
            default -> "TNI";
        };
    }

    private static boolean inGame(TemporalContext c, Matcher m) {
        var sentence = c.sentence(m.start());
        return GAME.matcher(c.analyzed().text()).region(sentence.start(), Math.min(sentence.end(), c.analyzed().text().length())).find();
    }

    private static TemporalClaim weekdays(TemporalContext c, Matcher m) {
        String part = m.group("part");
        String time = m.group("clock") == null ? null : clock(m.group("clock"));
        if (part == null && m.group("s") == null) return null;
        if (part == null && !Character.isUpperCase(m.group("wd").charAt(0)) && time == null) return null; // "fridays" alone
        String value = weekday(m.group("wd"));
        if (time != null) value += time;
        else if (part != null) value += partCode(part.toLowerCase(Locale.ROOT));
        return c.claim(ClaimType.SET, m.start(), m.end(), value, null, null);
    }

    private static TemporalClaim set(TemporalContext c, Matcher m, String value) {
        return value == null ? null : c.claim(ClaimType.SET, m.start(), m.end(), value, null, null);
    }

    private static String adverb(String word) {
        return switch (word.toLowerCase(Locale.ROOT).replace("-", "")) {
            case "daily" -> "P1D";
            case "weekly" -> "P1W";
            case "monthly" -> "P1M";
            case "hourly" -> "PT1H";
            case "fortnightly" -> "P2W";
            case "semiannually" -> "P0.5Y";
            default -> "P1Y";
        };
    }

    /** "P1D", "P2W", "PT1H": a period of n units, the unit singular or plural. */
    static String duration(long n, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("hour")) return "PT" + n + "H";
        if (u.startsWith("minute")) return "PT" + n + "M";
        if (u.startsWith("decade")) return "P" + n + "DE";
        if (u.startsWith("quarter")) return "P" + n + "Q";
        return "P" + n + Character.toUpperCase(u.charAt(0));
    }

    private static long count(String n) {
        if (n.chars().allMatch(Character::isDigit)) return Long.parseLong(n);
        return NumberWords.parse(n.toLowerCase(Locale.ROOT)).orElse(0);
    }

    private static boolean isWeekday(String key) {
        return WEEKDAY.toLowerCase(Locale.ROOT).contains(key) && key.endsWith("day") && !key.equals("day");
    }

    private static String weekday(String name) {
        return "XXXX-WXX-" + DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT)).getValue();
    }

    private static String anyDay(String time) {
        return "XXXX-XX-XX" + time;
    }

    private static final Pattern CLOCK_PARTS = Pattern.compile("(?i)(?<h>\\d{1,2})(?:[:.](?<min>\\d\\d))?\\s?(?:(?<half>[ap])\\.?m)?");

    /** "T15:00" for "3pm", "T19:13" for "7:13 p.m.", "T17:30" for "at 17.30", "T12:00" for noon. */
    static String clock(String written) {
        String w = written.toLowerCase(Locale.ROOT).replaceFirst("^,?\\s*(?:at\\s+)?", "").strip();
        if (w.equals("noon")) return "T12:00";
        if (w.equals("midnight")) return "T24:00";
        Matcher m = CLOCK_PARTS.matcher(w);
        if (!m.lookingAt()) throw new NumberFormatException(written);
        int hour = Integer.parseInt(m.group("h"));
        if (m.group("half") != null) hour = hour % 12 + (m.group("half").equals("p") ? 12 : 0);
        int minute = m.group("min") == null ? 0 : Integer.parseInt(m.group("min"));
        return String.format("T%02d:%02d", hour, minute);
    }
}
