package org.factlint.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factlint.nlp.Sentence;

/**
 * Dates written in digits only, in the forms the base scan leaves alone: a month and day without a
 * year ("on 11/20", "Friday 5/12", "next 5/12", and the list after one: "on 11/20, 11/22 or
 * 11/25"), a two-digit year ("03/18/40", "31-Oct-74"), dashes or dots ("10-31-1974", "10.31.1974"),
 * an unpadded year-first date ("2015-3-3"), a compact date ("20161016") and a spaced one ("2016 10
 * 16"). A bare "5/12" may be a fraction, odds or a score, so without a year it is read only after a
 * word that announces a day. Every pattern is linear (no nested quantifiers).
 */
final class NumericDates {
    static final String WEEKDAY = "(?<wd>(?i:" + CalendarNames.WEEKDAYS + ")"
            + "|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|MON|TUE|TUES|WED|THU|THUR|THURS|FRI|SAT|SUN)\\.?)";
    /** After the second number: not a longer number, a percentage, a fraction "of", odds, an ordinal. */
    private static final String NOT_A_FIGURE = "(?![\\w/%]|[.,]\\d|\\s*(?:%|(?i:of|odds|favou?rite|shot|chance)\\b))";
    private static final Pattern CUED_DAY = Pattern.compile("(?<![\\w/.$£€-])(?:(?i:(?<cue>on)|(?<rel>this|next))\\s+)?"
            + "(?:" + WEEKDAY + ",?\\s+)?(?<a>[0-3]?\\d)/(?<b>[0-3]?\\d)" + NOT_A_FIGURE);
    private static final Pattern LISTED_DAY = Pattern.compile("(?i)(?:\\s*,\\s*(?:(?:or|and)\\s+)?|\\s+(?:or|and)\\s+)"
            + "(?<a>[0-3]?\\d)/(?<b>[0-3]?\\d)" + NOT_A_FIGURE);
    private static final Pattern TWO_DIGIT_YEAR = Pattern.compile(
            "(?<![\\w/.$£€-])(?<a>[0-3]?\\d)/(?<b>[0-3]?\\d)/(?<yy>\\d{2})(?![\\w/%]|[.,]\\d)");
    /** "10-31-1974", "10.31.1974": dashes or dots between numbers a date's size, with a four-digit year. */
    private static final Pattern DASHED_OR_DOTTED = Pattern.compile(
            "(?<![\\w/.$£€,:-])(?<a>[0-3]?\\d)(?<sep>[-.])(?<b>[0-3]?\\d)\\k<sep>(?<year>(?:1[89]|20)\\d\\d)"
            + "(?![\\w/%]|[-.,:]\\d)");
    /** "2015-3-3": a year first, the month or day without its zero (the padded form is the base scan's). */
    private static final Pattern LOOSE_ISO = Pattern.compile(
            "(?<![\\w/.$£€-])(?<y>(?:1[89]|20)\\d\\d)-(?<m>1[0-2]|0?[1-9])-(?<d>[0-3]?\\d)(?![\\w/%]|[-.,:]\\d)");
    /** "31-Oct-74". */
    private static final Pattern DAY_MON_YY = Pattern.compile(
            "(?<![\\w/.$£€-])(?<d>[0-3]?\\d)-(?<mon>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))-(?<yy>\\d{2})(?![\\w/%]|[-.,]\\d)");
    private static final Pattern COMPACT = Pattern.compile(
            "(?<![\\w/.#$£€]|\\w-)(?<y>(?:19|20)\\d\\d)(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\\d|3[01])(?![\\w/%]|[.,]\\w)");
    private static final Pattern SPACED = Pattern.compile(
            "(?<![\\w.,/$£€-])(?<y>(?:19|20)\\d\\d) (?<m>0[1-9]|1[0-2]) (?<d>0[1-9]|[12]\\d|3[01])"
            + "(?![\\w%/]|[.,/-]\\d|[ \\t]+[\\w%$£€(])");
    /**
     * "2015-12", "2015-3" (a year and month, ISO order) and "12-2015" (month first). "2003-4", "1998-9" and
     * "2009-10" are spans of years (a fiscal year, a season), so year-first the month may not exceed the
     * year's last digit (one written) or last two digits (two written).
     */
    private static final Pattern YEAR_MONTH = Pattern.compile(
            "(?<![\\w/.$£€,:#-])(?<y>(?:1[89]|20)\\d\\d)-(?<m>1[0-2]|0?[1-9])(?![\\w/%]|[-.,:/]\\d)");
    private static final Pattern MONTH_DASH_YEAR = Pattern.compile(
            "(?<![\\w/.$£€,:#-])(?<m>1[0-2]|0?[1-9])-(?<y>(?:1[89]|20)\\d\\d)(?![\\w/%]|[-.,:/]\\d)");
    /** Words before a numbered document, a page span or a score: "Resolution 2015-12", "pages 12-2015". */
    private static final Pattern NUMBERED_BEFORE = Pattern.compile("(?i)\\b(?:no\\.?|nos?\\.|number|order|ordinance|resolution"
            + "|case|docket|bill|act|law|decree|directive|regulation|rule|item|form|file|report|circular|notice|section|article"
            + "|pages?|pp\\.?|chapter|id|code|ref|version|model|flight|route|room|vote|score|won|lost|beat|record|series)\\s*$");
    /** "2/29/2019", "31/4/2024": a slashed date the base scan cannot build, checked for being impossible. */
    private static final Pattern SLASHED_DATE = Pattern.compile("\\b(?<a>[0-3]?\\d)/(?<b>[0-3]?\\d)/(?<year>\\d{4})\\b");
    /** Words that name a number: "No. 20170302", "#20170302". */
    private static final Pattern NAME_BEFORE = Pattern.compile("(?i)(?:\\b(?:no\\.?|number|id|code|ref)\\s*)$");

    private NumericDates() {}

    static void scanInto(TemporalContext c, Candidates<TemporalClaim> found, boolean dayFirst) {
        String text = c.analyzed().text();
        for (Matcher m : SkippingMatcher.matches(CUED_DAY, text)) {
            if (m.group("rel") == null && m.group("wd") == null && (m.group("cue") == null || !onlyADay(c, m))) continue;
            int start = m.group("rel") != null ? m.start("rel") : m.group("wd") != null ? m.start("wd") : m.start("a");
            TemporalClaim first = yearless(c, m, start, dayFirst, m.group("rel"), weekday(m.group("wd")));
            if (first == null) continue;
            found.add(first.start(), first.end(), first);
            // "on 11/20, 11/22 or 11/25": the days listed after a cued one are days too
            Matcher next = LISTED_DAY.matcher(text);
            int at = m.end();
            while (next.region(at, text.length()).lookingAt()) {
                TemporalClaim listed = yearless(c, next, next.start("a"), dayFirst, m.group("rel"), null);
                if (listed == null) break;
                found.add(listed.start(), listed.end(), listed);
                at = next.end();
            }
        }
        TemporalScan.scan(TWO_DIGIT_YEAR, text, found, m -> twoDigitYear(c, m, dayFirst));
        TemporalScan.scan(DASHED_OR_DOTTED, text, found, m -> dashedOrDotted(c, m, dayFirst));
        TemporalScan.scan(LOOSE_ISO, text, found, m -> m.group().matches("\\d{4}-\\d\\d-\\d\\d") ? null : written(c, m));
        TemporalScan.scan(DAY_MON_YY, text, found, m -> {
            int year = centuryOf(c.reference(), Integer.parseInt(m.group("yy")));
            LocalDate date = LocalDate.of(year, WrittenDates.month(m.group("mon")), Integer.parseInt(m.group("d")));
            return c.claim(ClaimType.DATE, m.start(), m.end(), Timex.day(date), DateInterval.day(date), "'" + m.group("yy") + " read as " + year);
        });
        TemporalScan.scan(YEAR_MONTH, text, found, m -> {
            int year = Integer.parseInt(m.group("y"));
            int tail = m.group("m").length() == 1 ? year % 10 : year % 100; // "1998-9" and "2009-10" run to a later year
            return Integer.parseInt(m.group("m")) > tail ? null : yearAndMonth(c, m);
        });
        TemporalScan.scan(MONTH_DASH_YEAR, text, found, m -> yearAndMonth(c, m));
        TemporalScan.scanDates(SLASHED_DATE, text, found, m -> impossibleSlashed(c, m));
        TemporalScan.scan(COMPACT, text, found, m -> written(c, m));
        TemporalScan.scan(SPACED, text, found, m -> written(c, m));
    }

    /** Where a clause ends ("on 11/20.", "on 11/20, 11/22"), not "closed on 5/8 higher". */
    private static final Pattern CLAUSE_END = Pattern.compile("[ \\t]*(?:[.,;:!?)–—\\n]|-\\s|$)");
    /** Prices quoted in fractions and betting odds: "up 5/8", "backed at 9/4". */
    private static final Pattern FRACTION_WORDS = Pattern.compile(
            "(?i)\\b(?:odds|favou?rite|bookmakers?|bet(?:s|ting)?|backed|shares?|stocks?|points?|cents?|pence)\\b");

    /**
     * After "on" alone, a clause must end after the day, and the sentence must not be about prices or
     * odds; a proper fraction in halves to 32nds ("on 5/8") is a price.
     */
    private static boolean onlyADay(TemporalContext c, Matcher m) {
        String text = c.analyzed().text();
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        if (a < b && (b == 2 || b == 3 || b == 4 || b == 8 || b == 16 || b == 32)) return false;
        if (!CLAUSE_END.matcher(text).region(m.end(), text.length()).lookingAt()) return false;
        Sentence sentence = c.sentence(m.start());
        return !FRACTION_WORDS.matcher(text).region(sentence.start(), sentence.end()).find();
    }

    /** "9/11", "7/7" and "24/7" are names and a phrase, not days of this year. */
    private static boolean isIdiom(int a, int b) {
        return a == 9 && b == 11 || a == 11 && b == 9 || a == 7 && b == 7 || a == 24 && b == 7;
    }

    private static TemporalClaim yearless(TemporalContext c, Matcher m, int start, boolean dayFirst, String rel, DayOfWeek named) {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        if (isIdiom(a, b)) return null;
        int[] monthDay = monthDay(a, b, dayFirst);
        if (monthDay == null) return null;
        LocalDate ref = c.reference();
        LocalDate date;
        try {
            if (rel != null && rel.equalsIgnoreCase("next") && named == null) { // "next Friday 5/12": next is the Friday's
                date = nextOccurrence(ref, monthDay[0], monthDay[1]);
            } else if (rel != null && rel.equalsIgnoreCase("next")) {
                date = notBefore(ref, monthDay[0], monthDay[1], named);
            } else {
                date = TemporalExtractor.nearest(ref, monthDay[0], monthDay[1], named);
                if (named == null && rel == null) date = TemporalExtractor.byTense(c, start, date);
            }
        } catch (DateTimeException e) {
            return null;
        }
        TemporalClaim claim = c.claim(ClaimType.DATE, start, m.end(), Timex.day(date), DateInterval.day(date),
                "the " + m.group("a") + "/" + m.group("b") + " nearest " + ref + " = " + date);
        // "Friday 2/29": the weekday rule may check the day, but only where the order of day and month is certain
        if (claim != null && named != null && (a > 12 || b > 12)) {
            c.notes().add(new CalendarNote(claim.start(), claim.end(), claim.text(), date, named, null));
        }
        return claim;
    }

    /** {month, day} in the document's order; the other order when that one cannot be a date ("22/04" in en-US). */
    private static int[] monthDay(int a, int b, boolean dayFirst) {
        int month = dayFirst ? b : a;
        int day = dayFirst ? a : b;
        if (month > 12) {
            int swap = month;
            month = day;
            day = swap;
        }
        if (month < 1 || month > 12 || day < 1 || day > java.time.Month.of(month).maxLength()) return null;
        return new int[] {month, day};
    }

    /**
     * "next Sunday 5/20": a Sunday a year back is not "next"; then the weekday is wrong (the calendar note says so)
     * and the day written is the nearest one, as without a weekday that fits.
     */
    private static LocalDate notBefore(LocalDate ref, int month, int day, DayOfWeek named) {
        LocalDate onWeekday = TemporalExtractor.nearest(ref, month, day, named);
        return onWeekday.isBefore(ref) && onWeekday.getDayOfWeek() == named ? TemporalExtractor.nearest(ref, month, day, null) : onWeekday;
    }

    static LocalDate nextOccurrence(LocalDate ref, int month, int day) {
        for (int year = ref.getYear(); year <= ref.getYear() + 8; year++) {
            try {
                LocalDate candidate = LocalDate.of(year, month, day);
                if (candidate.isAfter(ref)) return candidate;
            } catch (DateTimeException e) {
                // 29 February of a common year
            }
        }
        throw new DateTimeException("no such day");
    }

    /**
     * "03/18/40": the century is not written. The latest reading no more than 20 years after the
     * reference date ("12/12/30" is 2030 in 2016, "03/18/40" is 1940).
     */
    private static TemporalClaim twoDigitYear(TemporalContext c, Matcher m, boolean dayFirst) {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        int[] monthDay = monthDay(a, b, dayFirst);
        if (monthDay == null) return null;
        int year = centuryOf(c.reference(), Integer.parseInt(m.group("yy")));
        LocalDate date = LocalDate.of(year, monthDay[0], monthDay[1]);
        return c.claim(ClaimType.DATE, m.start(), m.end(), Timex.day(date), DateInterval.day(date),
                "'" + m.group("yy") + " read as " + year);
    }

    /** A year written with two digits: the latest no more than 20 years after the reference date. */
    static int centuryOf(LocalDate reference, int twoDigits) {
        int refYear = reference.getYear();
        int year = refYear - Math.floorMod(refYear, 100) + twoDigits;
        while (year > refYear + 20) year -= 100;
        while (year + 100 <= refYear + 20) year += 100;
        return year;
    }

    /** "25-10-12" is a season's record (won, lost, tied) and "1.5.10" a version: two-digit years only with slashes. */
    private static TemporalClaim dashedOrDotted(TemporalContext c, Matcher m, boolean dayFirst) {
        int[] monthDay = monthDay(Integer.parseInt(m.group("a")), Integer.parseInt(m.group("b")), dayFirst);
        if (monthDay == null) return null;
        LocalDate date = LocalDate.of(Integer.parseInt(m.group("year")), monthDay[0], monthDay[1]);
        return c.claim(ClaimType.DATE, m.start(), m.end(), Timex.day(date), DateInterval.day(date), null);
    }

    /** "20161016", "2016 10 16", "2015-3-3": a year, month and day, all given. */
    private static TemporalClaim written(TemporalContext c, Matcher m) {
        String text = c.analyzed().text();
        if (NAME_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) return null;
        int year = Integer.parseInt(m.group("y"));
        int refYear = c.reference().getYear();
        if (year < refYear - 150 || year > refYear + 20) return null;
        LocalDate date = LocalDate.of(year, Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
        return c.claim(ClaimType.DATE, m.start(), m.end(), Timex.day(date), DateInterval.day(date), null);
    }

    /**
     * A slashed date whose day its month does not have, in either order it could be read ("2/29/2019",
     * "4/31/2024", "31/4/2024"): noted for the calendar rules, and its span held so that the year inside it
     * is not read alone. Possible dates are the base scan's; nothing is claimed.
     */
    private static TemporalClaim impossibleSlashed(TemporalContext c, Matcher m) {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        if (a < 1 || b < 1 || a > 31 || b > 31 || a > 12 && b > 12 || a <= 12 && b <= 12) return null; // a possible date, or none
        int month = Math.min(a, b);
        int day = Math.max(a, b);
        String problem = TemporalExtractor.impossibility(Integer.valueOf(m.group("year")), month, day);
        if (problem == null) return null;
        c.notes().add(new CalendarNote(m.start(), m.end(), m.group(), null, null, problem));
        throw new DateTimeException(problem); // the scan holds the span with a placeholder
    }

    private static TemporalClaim yearAndMonth(TemporalContext c, Matcher m) {
        String text = c.analyzed().text();
        if (NUMBERED_BEFORE.matcher(text.substring(Math.max(0, m.start() - 16), m.start())).find()) return null;
        int year = Integer.parseInt(m.group("y"));
        int refYear = c.reference().getYear();
        if (year < refYear - 150 || year > refYear + 20) return null;
        java.time.YearMonth month = java.time.YearMonth.of(year, Integer.parseInt(m.group("m")));
        return c.claim(ClaimType.DATE, m.start(), m.end(), Timex.month(month), DateInterval.month(month), null);
    }

    /** The weekday an English name or abbreviation stands for, or null. */
    static DayOfWeek weekday(String name) {
        if (name == null) return null;
        return switch (name.toLowerCase(Locale.ROOT).substring(0, 2)) {
            case "mo" -> DayOfWeek.MONDAY;
            case "tu" -> DayOfWeek.TUESDAY;
            case "we" -> DayOfWeek.WEDNESDAY;
            case "th" -> DayOfWeek.THURSDAY;
            case "fr" -> DayOfWeek.FRIDAY;
            case "sa" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
    }
}
