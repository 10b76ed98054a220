package org.factlint.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holidays whose date does not depend on the country: Christmas, New Year, Easter (and the days
 * counted from it: Ash Wednesday, Palm Sunday, Maundy Thursday, Good Friday, Easter Monday), Halloween, Valentine's Day, St Patrick's Day, International Workers' Day (1 May), International Women's Day
 * (8 March), Armistice Day (11 November), Orthodox Easter, Eid al-Fitr and Eid al-Adha (see {@link HijriHolidays}); and the US Thanksgiving, Black Friday and
 * Cyber Monday, which are written with those names nowhere else. "Independence Day" or "Labor Day"
 * differ by country and are left alone (China's Labor Day is 1 May); only "Labor Day weekend" and
 * "Memorial Day weekend", American long weekends, are read (see {@link #dateIn}). A year written
 * after the name is its year ("Easter 2018", "Christmas of last year"); without one, the occurrence nearest the reference date.
 *
 * <p>A name qualified by another calendar or country is another day ("Lunar New Year", "Orthodox
 * Christmas" (7 January in Russia, 25 December in Greece), "Canadian Thanksgiving"), and a capitalised word before one may make it a person
 * ("Jermaine Easter"): both are silent. Lower-case "new year" is the coming year as often as its first
 * day ("in the new year"); it is the day only counted from ("five days before the new year").
 */
final class Holidays {
    private static final Pattern HOLIDAY = Pattern.compile("(?i)\\b(?<name>christmas(?:\\s+(?:day|eve))?|xmas"
            + "|new\\s+year(?:['’]s)?(?:\\s+(?:day|eve))?|easter(?:\\s+(?:sunday|monday))?|good\\s+friday|halloween"
            + "|valentine['’]?s\\s+day|(?:st\\.?|saint)\\s+patrick(?:['’]s(?:\\s+day)?)?|thanksgiving(?:\\s+day)?"
            + "|orthodox\\s+(?:easter(?:\\s+(?:sunday|monday))?|good\\s+friday)|black\\s+friday|cyber\\s+monday|palm\\s+sunday|ash\\s+wednesday|maundy\\s+thursday|juneteenth|earth\\s+day|international\\s+(?:workers['’]?|women['’]?s)\\s+day|armistice\\s+day"
            + "|eid(?:[ \\t-]+|(?=ul))(?:al|ul|el)[ \\t-]*(?:fitr|adha|azha))\\b"
            + "(?:" + Holidays.YEAR_AFTER_NAME + ")?");

    /**
     * A year written after a holiday's name is its year: "Christmas Day 2000", "Easter, 2018", "Christmas of last
     * year" (groups {@code year} and {@code yearRel}; case-insensitive where it is used). Not "Christmas, 2000 people".
     */
    static final String YEAR_AFTER_NAME = "(?:\\s*,\\s*(?=\\d{4}\\b(?!\\s+[a-z]))|\\s+(?:of\\s+)?)(?<year>1\\d{3}|20\\d{2})\\b"
            + "|\\s+(?:of\\s+)?(?<yearRel>this|last|next)\\s+year\\b(?![-'’])";

    private static final Pattern RELATIVE_BEFORE = Pattern.compile("(?i)\\b(last|previous|next)\\s+$");
    /** Another calendar's or country's day of the same name. */
    private static final Pattern QUALIFIER_BEFORE = Pattern.compile("(?i)\\b(?:lunar|chinese|vietnamese|korean|tibetan|mongolian"
            + "|jewish|hebrew|islamic|hijri|muslim|arabic|persian|iranian|kurdish|afghan|thai|lao|khmer|cambodian|burmese|sinhala"
            + "|sinhalese|tamil|bengali|nepali|nepalese|hindu|sikh|ethiopian|orthodox|coptic|julian|armenian|canadian)\\s+$");
    /** A capitalised word right before the name: a qualifier ("Cambodian New Year") or a first name ("Jermaine Easter"). */
    private static final Pattern CAPITALISED_BEFORE = Pattern.compile("(?<![\\w'’.])\\p{Lu}[\\w'’.]*[ \\t]+$");
    /** Qualifiers that name the same day as the bare name. */
    private static final Pattern SAME_DAY_QUALIFIER = Pattern.compile("(?<![\\w.])(?:U\\.S\\.|US|American)[ \\t]+$");
    /**
     * A capitalised word after the name, not a date's: a proper name ("Good Friday Agreement", "Easter Island"); or
     * a document or a well-known event named after the day, whose year is not the nearest ("the Good Friday agreement"
     * of 1998, "the Easter Sunday bombings", "the Ash Wednesday bushfires").
     */
    private static final Pattern NAME_GOES_ON = Pattern.compile("[ \\t]+(?:(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
            + "|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\b|I\\b)\\p{Lu}|(?:peace[ \\t]+)?(?:agreements?|accords?|treaty|pact|massacre"
            + "|bombings?|attacks?|bushfires?|uprising|rising|tsunami|earthquake|quake|killings|shootings?|riots?|crash)\\b)");
    /** "5 days before new year", "weeks after the new year": a count from the day. */
    private static final Pattern COUNTED_FROM = Pattern.compile("(?i)\\b(?:days?|weeks?|fortnights?|months?)\\s+(?:before|after)\\s+(?<the>the\\s+)?$");

    /**
     * A bare festival name is often the festival, not its day: "Christmas trees", "the spirit of Christmas",
     * "celebrate Easter". Without a year or "last"/"next" it is a day only after a word that makes it a time
     * ("before Christmas", "over Easter") and before no lower-case noun (as {@link HolidayClaims} reads them).
     */
    static final Set<String> BARE_FESTIVALS = Set.of("christmas", "xmas", "easter", "thanksgiving", "halloween");
    private static final Pattern NOUN_AFTER = Pattern.compile("[ \\t]+(?!(?:early|late|morning|afternoon|evening|night|weekend|week"
            + "|day|eve|holiday|and|or|but|in|on|at|to|of|for|from|with|by|this|last|next|when|while|as|after|before|until|since"
            + "|because|although|though|unless|if|that|so|than|is|are|was|were|will|would|has|have|had|can|could|may|might"
            + "|said|says)\\b)[a-z]");
    private static final Pattern TIME_CUE_BEFORE = Pattern.compile("(?i)\\b(?:on|at|before|after|by|until|till|since|over"
            + "|for|around|during|from|through|ahead\\s+of|(?:weekend|week|day|eve|night|morning|evening|run-up)\\s+of)\\s+(?:the\\s+)?$");

    private Holidays() {}

    static List<DatePoint> find(String text, LocalDate reference) {
        List<DatePoint> found = new ArrayList<>();
        for (Matcher m : SkippingMatcher.matches(HOLIDAY, text)) {
            String name = m.group("name").toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ");
            Matcher counted = COUNTED_FROM.matcher(text.substring(Math.max(0, m.start() - 40), m.start()));
            boolean isCounted = counted.find();
            if (name.equals("new year") || name.equals("new year's") || name.equals("new year’s")) {
                // "the new year" is the coming year as often as its first day; only a capital or a count makes it the day
                if (!Character.isUpperCase(m.group("name").charAt(0)) && !isCounted) continue;
            }
            if (qualified(text, m.start(), name) || partOfAName(text, m.end())) continue;
            IntFunction<List<LocalDate>> inYears = occurrences(name);
            if (inYears == null) continue;
            LocalDate day;
            int start = m.start();
            Matcher rel = RELATIVE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start()));
            int ref = reference.getYear();
            if (isCounted && counted.group("the") != null) start -= counted.end() - counted.start("the"); // "two weeks after [the new year]"
            Integer written = writtenYear(m, ref);
            if (written != null) { // "Easter 2018", "Christmas of last year"
                List<LocalDate> days = inYears.apply(written);
                day = days.size() == 1 ? days.get(0) : null; // Eid al-Fitr twice in 2000: which one is not said
            } else if (rel.find()) { // "last Christmas": the latest before the reference date; "next Easter": the first after
                day = rel.group(1).equalsIgnoreCase("next") ? earliest(around(name, ref), d -> d.isAfter(reference))
                        : latest(around(name, ref), d -> d.isBefore(reference));
                start = m.start() - (rel.end() - rel.start());
            } else {
                day = nearest(around(name, ref), reference);
            }
            if (day == null) continue;
            boolean bare = BARE_FESTIVALS.contains(name) && m.group("year") == null && m.group("yearRel") == null
                    && start == m.start() && !isCounted && !(m.start() == 0 && m.end() == text.length()); // alone: no context to judge
            if (bare && (NOUN_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
                    || !TIME_CUE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find())) continue;
            boolean placed = m.group("year") != null || m.group("yearRel") != null || start < m.start() && !isCounted;
            found.add(DatePoint.day(start, m.end(), day, placed));
        }
        return found;
    }

    /** The year a matcher of {@link #YEAR_AFTER_NAME} read: written, or this/last/next year of the reference year; else null. */
    static Integer writtenYear(Matcher m, int referenceYear) {
        if (m.group("year") != null) return Integer.parseInt(m.group("year"));
        if (m.group("yearRel") == null) return null;
        return referenceYear + switch (m.group("yearRel").toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
    }

    /** The last of the days that passes the test, or null. */
    static LocalDate latest(List<LocalDate> days, Predicate<LocalDate> test) {
        LocalDate found = null;
        for (LocalDate d : days) if (test.test(d)) found = d;
        return found;
    }

    /** The first of the days that passes the test, or null. */
    static LocalDate earliest(List<LocalDate> days, Predicate<LocalDate> test) {
        for (LocalDate d : days) if (test.test(d)) return d;
        return null;
    }

    /** The day nearest the reference date, within a year either side of its year; the earlier one on a tie. */
    static LocalDate nearest(List<LocalDate> days, LocalDate reference) {
        LocalDate best = null;
        for (LocalDate candidate : days) {
            if (Math.abs(candidate.getYear() - reference.getYear()) > 1) continue;
            if (best == null || Math.abs(candidate.toEpochDay() - reference.toEpochDay())
                    < Math.abs(best.toEpochDay() - reference.toEpochDay())) best = candidate;
        }
        return best;
    }

    /**
     * Whether the words before a holiday name make it another day or no holiday: another calendar or
     * country ("Lunar New Year", "Orthodox Christmas"), or a capitalised word that does not open the
     * sentence ("Cambodian New Year", "Jermaine Easter"); "U.S. Thanksgiving" and "the Muslim Eid al-Adha" are the day itself.
     */
    static boolean qualified(String text, int start, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (HijriHolidays.names(lower) || lower.startsWith("orthodox")) return false; // "the Muslim Eid", "Serbian Orthodox Easter"
        String before = text.substring(Math.max(0, start - 40), start);
        if (QUALIFIER_BEFORE.matcher(before).find()) return true;
        Matcher word = CAPITALISED_BEFORE.matcher(before);
        if (!word.find() || SAME_DAY_QUALIFIER.matcher(before).find()) return false;
        int at = start - before.length() + word.start();
        int prev = at - 1;
        while (prev >= 0 && (text.charAt(prev) == ' ' || text.charAt(prev) == '\t')) prev--;
        // a capital that opens a sentence, a line or a quotation is no qualifier ("Since Christmas, ...")
        return prev >= 0 && (Character.isLetterOrDigit(text.charAt(prev)) || text.charAt(prev) == ',');
    }

    /** Whether a capitalised word after a holiday's name makes it part of a longer proper name ("the Good Friday Agreement"). */
    static boolean partOfAName(String text, int end) {
        return NAME_GOES_ON.matcher(text).region(end, text.length()).lookingAt();
    }

    /** The lower-case name of the holiday the words are, whole ("Christmas Day", "the new year"), or null. */
    private static String nameOf(String words) {
        Matcher m = HOLIDAY.matcher(words.strip().replaceFirst("(?i)^the\\s+", ""));
        if (!m.matches() || m.group("year") != null || m.group("yearRel") != null) return null;
        String name = m.group("name").toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ");
        return occurrences(name) == null ? null : name;
    }

    /** Whether the words are a holiday's name and nothing else, in any case ("Easter Monday", "the new year"). */
    static boolean isName(String words) {
        return nameOf(words) != null;
    }

    /** The day of the named holiday in a year; null when the words are no holiday or it has none or two that year. */
    static LocalDate dayIn(String words, int year) {
        String name = nameOf(words);
        List<LocalDate> days = name == null ? List.of() : occurrences(name).apply(year);
        return days.size() == 1 ? days.get(0) : null;
    }

    /** The days of a holiday from two years before {@code year} to two years after, in order; empty for a name not known. */
    static List<LocalDate> around(String name, int year) {
        IntFunction<List<LocalDate>> inYears = occurrences(name.replaceAll("[\\s-]+", " "));
        List<LocalDate> days = new ArrayList<>();
        if (inYears != null) for (int y = year - 2; y <= year + 2; y++) days.addAll(inYears.apply(y));
        return days;
    }

    /** The days of a holiday in a Gregorian year (one, or for an Eid none or two), by its lower-case name; null for a name not known. */
    private static IntFunction<List<LocalDate>> occurrences(String name) {
        if (HijriHolidays.names(name)) return year -> HijriHolidays.between(name, year, year);
        IntFunction<LocalDate> inYear = dateIn(name);
        return inYear == null ? null : year -> List.of(inYear.apply(year));
    }

    /** The date of a holiday in a given year, by its lower-case name; null for a name not known. */
    static IntFunction<LocalDate> dateIn(String name) {
        if (name.startsWith("orthodox easter monday")) return year -> orthodoxEaster(year).plusDays(1);
        if (name.startsWith("orthodox easter")) return Holidays::orthodoxEaster;
        if (name.equals("orthodox good friday")) return year -> orthodoxEaster(year).minusDays(2);
        if (name.startsWith("christmas eve")) return fixed(12, 24);
        if (name.startsWith("christmas") || name.equals("xmas")) return fixed(12, 25);
        if (name.endsWith("eve")) return fixed(12, 31); // New Year's Eve
        if (name.startsWith("new year")) return fixed(1, 1);
        if (name.startsWith("easter monday")) return year -> easter(year).plusDays(1);
        if (name.startsWith("easter")) return Holidays::easter;
        if (name.equals("good friday")) return year -> easter(year).minusDays(2);
        if (name.equals("maundy thursday")) return year -> easter(year).minusDays(3);
        if (name.equals("palm sunday")) return year -> easter(year).minusDays(7);
        if (name.equals("ash wednesday")) return year -> easter(year).minusDays(46);
        if (name.equals("halloween")) return fixed(10, 31);
        if (name.startsWith("valentine")) return fixed(2, 14);
        if (name.contains("patrick")) return fixed(3, 17);
        if (name.equals("juneteenth")) return fixed(6, 19);
        if (name.equals("earth day")) return fixed(4, 22);
        if (name.startsWith("international workers")) return fixed(5, 1);
        if (name.startsWith("international women")) return fixed(3, 8);
        if (name.equals("armistice day")) return fixed(11, 11);
        if (name.startsWith("thanksgiving")) return Holidays::thanksgiving;
        if (name.equals("black friday")) return year -> thanksgiving(year).plusDays(1);
        if (name.equals("cyber monday")) return year -> thanksgiving(year).plusDays(4);
        if (name.equals("labor day")) return year -> LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        if (name.equals("memorial day")) return year -> LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        return null;
    }

    private static IntFunction<LocalDate> fixed(int month, int day) {
        return year -> MonthDay.of(month, day).atYear(year);
    }

    /** The fourth Thursday of November (United States). */
    private static LocalDate thanksgiving(int year) {
        return LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
    }

    /** Orthodox Easter Sunday: the Julian computus (Meeus), moved to the Gregorian calendar (13 days on from 1900 to 2099). */
    static LocalDate orthodoxEaster(int year) {
        int d = (19 * (year % 19) + 15) % 30;
        int e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7;
        int month = (d + e + 114) / 31;
        int day = (d + e + 114) % 31 + 1;
        return LocalDate.of(year, month, day).plusDays(year / 100 - year / 400 - 2);
    }

    /** Western Easter Sunday (the anonymous Gregorian algorithm). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
