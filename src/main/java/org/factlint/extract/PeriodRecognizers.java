package org.factlint.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factlint.nlp.Sentence;
import org.factlint.nlp.Token;

/**
 * Calendar periods named without a full date: quarters ("the third quarter", "fourth-quarter"),
 * months ("in April", "last November", "late March"), seasons ("last fall", "summer 2024"),
 * vague references ("recently", "currently", "the future") and, through {@link Frequencies},
 * frequencies ("daily", "every Monday"). Each resolves against the reference date; vague ones carry no interval, so no rule
 * checks them.
 */
final class PeriodRecognizers {
    private static final String ORDINAL = "(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)";
    /** "the third quarter", "the 1988 second quarter", "the year-ago third quarter", "next year's first quarter". */
    private static final Pattern QUARTER = Pattern.compile("(?i)\\b(?:(?:the\\s+)?(?<lead>\\d{4}|year-ago|year-earlier|"
            + "(?:this|last|next)\\s+year's)\\s+|the\\s+)?"
            + ORDINAL + "[\\s-]+quarter\\b(?:\\s+of\\s+(?<year>\\d{4}))?");
    /**
     * "Q3", "Q3 2024", "Q3'24", and the analysts' "3Q24", "3Q 2024" (only with a year: "3Q" alone may be
     * anything). Not a fiscal quarter ("Q1 FY24", "Q1 fiscal 2024"): fiscal years start in any month.
     */
    private static final Pattern QUARTER_CODE = Pattern.compile("\\bQ(?<q>[1-4])(?:\\s?['’](?<yy>\\d{2})|\\s+(?<year>\\d{4}))?\\b"
            + "(?![-'’]?\\d|\\s+(?i:FY|fiscal)\\b|\\s?FY\\d)");
    private static final Pattern QUARTER_CODE_BEFORE = Pattern.compile(
            "\\b(?<q>[1-4])Q\\s?(?:['’]?(?<yy>\\d{2})|(?<year>\\d{4}))\\b(?![-'’]?\\d|\\s+(?i:FY|fiscal)\\b)");
    /**
     * "the second half of 2024", "the first half of the year", "the latter half of next year", "H1 2024",
     * "2023 H2". Never a half alone: "the first half" in sport is of a match, "H1" may be a visa.
     */
    private static final Pattern HALF_YEAR = Pattern.compile("(?i)\\bthe\\s+(?<which>first|second|last|latter)\\s+half\\s+of\\s+"
            + "(?:(?<year>1\\d{3}|20\\d{2})\\b(?![-'’]?\\d)|(?<rel>this|last|next|the)\\s+year\\b(?![-'’]))");
    private static final Pattern HALF_CODE = Pattern.compile("\\b(?:H(?<h>[12])\\s+(?<year>20\\d{2})|(?<yearBefore>20\\d{2})\\s+H(?<hAfter>[12]))\\b(?![-'’]?\\d)");
    private static final Pattern LATEST_QUARTER = Pattern.compile(
            "(?i)\\b(?<det>the|this)\\s+(?<which>latest|most\\s+recent|current|previous)?\\s*(?<noun>quarter|period)(?![-\\w])");
    /**
     * The period a result is compared with: "the year-earlier period", "the comparable year-ago quarter",
     * "last year's quarter", "the corresponding period last year", "year-ago profit", "the 1988 period".
     */
    private static final Pattern COMPARED_PERIOD = Pattern.compile("(?i)\\b(?:the\\s+(?:comparable\\s+|corresponding\\s+|same\\s+)?"
            + "(?<lead>year-ago|year-earlier|\\d{4})\\s+(?<noun>period|quarter)|last\\s+year's\\s+(?:period|quarter)"
            + "|the\\s+(?:(?:corresponding|comparable|same)\\s+)?(?:period|quarter)\\s+(?:of\\s+)?(?:last\\s+year|a\\s+year\\s+(?:ago|earlier))"
            + "|(?<adjective>year-ago|year-earlier))(?![-\\w])");
    /**
     * "after Feb", "since Oct": an abbreviation without its full stop, read only after a preposition of
     * time and only where it can be nothing but a month ("Mar", "Jan", "Jun" and "May" can be words or names).
     * The preposition is checked in {@link #month} ({@link #PREPOSITION_BEFORE}): a lookbehind here would
     * have the scan try every character.
     */
    private static final String BARE_ABBREVIATION = "(?:Feb|Aug|Sept|Oct|Nov|Dec)(?!\\.\\w)";
    private static final Pattern BARE_ABBREVIATED = Pattern.compile("Feb|Aug|Sept|Oct|Nov|Dec");
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
            "\\b(?i:in|since|by|until|till|from|through|during|before|after|of)[ \\t]{1,3}$");
    private static final String MONTH_NAME = "(?<month>" + CalendarNames.MONTHS + "|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\."
            + "|" + BARE_ABBREVIATION + ")";
    private static final Pattern MONTH = Pattern.compile("\\b(?:(?<mod>(?i:early|mid|late|last|next|this|previous))[\\s-]+)?"
            + MONTH_NAME + "(?![\\w-]|\\s*\\d)(?:\\s+(?<yearRel>(?i:this|last|next))\\s+year\\b)?");
    /** Words before "May" or "March" that make them months rather than verbs. */
    private static final Pattern MONTH_CUE = Pattern.compile(
            "(?i)\\b(?:in|since|by|until|till|of|from|through|during|before|after|early|mid|late|last|next|this|"
            + "previous|on|and|or|to)\\s*$");
    private static final Pattern SEASON = Pattern.compile(
            "(?i)\\b(?:(?<rel>last|next|this|early|late)\\s+)?(?<season>spring|summer|autumn|fall|winter)\\b"
            + "(?:\\s+(?:of\\s+)?(?<year>\\d{4})\\b)?");
    private static final Pattern VAGUE = Pattern.compile("(?i)\\b(?<phrase>recently|lately|currently|nowadays|"
            + "at\\s+present|these\\s+days|(?:in\\s+)?the\\s+(?:near\\s+|distant\\s+)?future|in\\s+the\\s+past(?!\\s+(?:\\d|year|month|week|decade|quarter|century|[a-z]+\\s+(?:years|months|weeks|days|decades|quarters)))|"
            + "recent\\s+(?:years|months|weeks|days|times)|"
            + "current(?=\\s+[a-z])(?!\\s+(?:accounts?|affairs|events|fiscal|year|quarter|month|week)\\b))\\b");
    /**
     * "sales for the full year", "a high for the year", "nine months of the year": the year being reported,
     * that of the quarter a results story reports on, else the reference year. Not "the year after the war".
     */
    private static final Pattern REPORTED_YEAR = Pattern.compile("\\b(?i:for|of|in)\\s+(?<span>the\\s+(?:full\\s+|whole\\s+|entire\\s+)?"
            + "year)\\b(?![-'\\w]|\\s+(?:ago|earlier|before|after|ended|ending|to\\s+date|that|when|in\\s+which|since|of|two|nineteen|eighteen|twenty)\\b|\\s+\\d)");
    /**
     * "named player of the year", "Asia's team of the year", "the NBA's 1999 coach of the year": an award's title,
     * often for a season already over; no year the story reports on.
     */
    private static final Pattern AWARD_BEFORE = Pattern.compile("(?i)\\b(?:player|coach|manager|footballer|sportsman"
            + "|sportswoman|sportsperson|athlete|team|rookie|driver|rider|jockey|referee|goal|film|movie|album|song|book"
            + "|person|man|woman|entrepreneur|businessman|personality|newcomer|breakthrough|comeback)[ \\t]+$");
    /** "the current year", "the current fiscal year": the reference year. */
    private static final Pattern CURRENT_YEAR = Pattern.compile("(?i)\\bthe\\s+current\\s+(?:fiscal\\s+|calendar\\s+)?year\\b(?![-'])");
    private static final Pattern NIGHT_BEFORE = Pattern.compile("(?i)\\b(?<rel>last|this)\\s+(?<part>morning|afternoon|evening|night)\\b");
    private static final Pattern WEEKEND = Pattern.compile("(?i)\\b(?:over\\s+)?the\\s+weekend\\b");
    /**
     * "the past fortnight", "the next decade": a length around the reference date (TimeML: "past decade" is
     * P10Y). Not "the last decade", which TimeML reads as the previous calendar decade.
     */
    private static final Pattern AROUND_NOW_UNIT = Pattern.compile("(?i)\\bthe\\s+(?:(?:past|last|previous|next|coming)\\s+(?<fortnight>fortnight)"
            + "|(?:past|next|coming)\\s+decade)\\b(?![-'’]|\\s+(?:of|after|before|since|ago)\\b)");
    /** Not "a year earlier than agreed", which shifts a date rather than naming one. */
    private static final Pattern YEAR_EARLIER = Pattern.compile("(?i)\\ba\\s+year\\s+(?:earlier|before)\\b(?!\\s+than\\b)");

    private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "1st", 1, "second", 2, "2nd", 2,
            "third", 3, "3rd", 3, "fourth", 4, "4th", 4);

    private PeriodRecognizers() {}

    static void scanInto(TemporalContext c, Candidates<TemporalClaim> found) {
        String text = c.analyzed().text();
        TemporalScan.scan(QUARTER, text, found, m -> quarter(c, m, ORDINALS.get(m.group("ord").toLowerCase(Locale.ROOT))));
        TemporalScan.scan(QUARTER_CODE, text, found, m -> quarterCode(c, m));
        TemporalScan.scan(QUARTER_CODE_BEFORE, text, found, m -> quarterCode(c, m));
        TemporalScan.scan(LATEST_QUARTER, text, found, m -> latestQuarter(c, m));
        TemporalScan.scan(HALF_YEAR, text, found, m -> halfYear(c, m));
        TemporalScan.scan(HALF_CODE, text, found, m -> m.group("h") != null
                ? halfClaim(c, m, Integer.parseInt(m.group("year")), Integer.parseInt(m.group("h")))
                : halfClaim(c, m, Integer.parseInt(m.group("yearBefore")), Integer.parseInt(m.group("hAfter"))));
        TemporalScan.scan(COMPARED_PERIOD, text, found, m -> comparedPeriod(c, m));
        TemporalScan.scan(MONTH, text, found, m -> month(c, m));
        TemporalScan.scan(SEASON, text, found, m -> season(c, m));
        TemporalScan.scan(VAGUE, text, found, m -> vague(c, m));
        TemporalScan.scan(REPORTED_YEAR, text, found, m -> {
            if (AWARD_BEFORE.matcher(text).region(Math.max(0, m.start() - 40), m.start()).find()) return null;
            int year = c.periods().yearAt(m.start());
            // Resolved from the story, not written: relative, so no rule reads it as a year the text states.
            return c.claim(ClaimType.DATE, m.start("span"), m.end("span"), Timex.year(year), null, "the year reported = " + year);
        });
        TemporalScan.scan(CURRENT_YEAR, text, found, m -> c.claim(ClaimType.DATE, m.start(), m.end(),
                Timex.year(c.reference().getYear()), DateInterval.year(c.reference().getYear()), null));
        TemporalScan.scan(NIGHT_BEFORE, text, found, m -> partOfDay(c, m));
        TemporalScan.scan(WEEKEND, text, found, m -> weekend(c, m));
        TemporalScan.scan(YEAR_EARLIER, text, found, m -> yearEarlier(c, m));
        TemporalScan.scan(AROUND_NOW_UNIT, text, found, m -> c.claim(ClaimType.DURATION, m.start(), m.end(),
                m.group("fortnight") != null ? "P2W" : "P10Y", null, null));
        Frequencies.scanInto(c, found);
        VagueDurations.scanInto(c, found);
        ClockTimes.scanInto(c, found);
        SpokenYears.scanInto(c, found);
        HolidayClaims.scanInto(c, found);
    }

    /** "last night" is the evening before the reference date; "this morning" is that day's. */
    private static TemporalClaim partOfDay(TemporalContext c, Matcher m) {
        String part = m.group("part").toLowerCase(Locale.ROOT);
        boolean last = m.group("rel").equalsIgnoreCase("last");
        if (last && !part.equals("night")) return null;
        LocalDate day = last ? c.reference().minusDays(1) : c.reference();
        String code = switch (part) {
            case "morning" -> "TMO";
            case "afternoon" -> "TAF";
            case "evening" -> "TEV";
            default -> "TNI";
        };
        return c.claim(ClaimType.TIME, m.start(), m.end(), Timex.day(day) + code, DateInterval.day(day), null);
    }

    /** "the weekend" in news is the one just past or coming, whichever the tense says; the nearest by default. */
    private static TemporalClaim weekend(TemporalContext c, Matcher m) {
        LocalDate ref = c.reference();
        LocalDate past = ref.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.SATURDAY));
        LocalDate coming = ref.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SATURDAY));
        boolean comingIsNearer = coming.toEpochDay() - ref.toEpochDay() < ref.toEpochDay() - past.toEpochDay();
        LocalDate saturday = switch (comingIsNearer ? Tense.of(c.sentence(m.start()), m.start())
                : Tense.isFuture(c.sentence(m.start()), c.analyzed().text(), m.start()) ? Tense.FUTURE : Tense.PAST) {
            case FUTURE -> coming;
            case PAST -> past;
            case UNKNOWN -> comingIsNearer ? coming : past;
        };
        int start = m.group().toLowerCase(Locale.ROOT).startsWith("over") ? m.start() + 5 : m.start();
        return c.claim(ClaimType.DATE, start, m.end(), Timex.week(saturday) + "-WE",
                new DateInterval(saturday, saturday.plusDays(1)), null);
    }

    /**
     * "a year earlier" counts back from the reference date unless the text names another point; a year is
     * safe. In a quarterly report it is the reported quarter a year before.
     */
    private static final Pattern RELATIVE_YEAR = Pattern.compile("(?i)\\b(?:(?:last|this|next|previous|past|current|the)\\s+year"
            + "|year-(?:ago|earlier|on-year))\\b");
    private static final Pattern WRITTEN_YEAR = Pattern.compile("(?<![\\w$.,/-])(?:19|20)\\d\\d(?![\\w%/-]|[.,]\\d)");

    /**
     * The one year a sentence writes out ("rose 58 percent from a year earlier to 9.4 billion dollars in 1996"):
     * a year earlier is the year before it, wherever it stands. 0 when the sentence writes none or several, or
     * names a year by its place ("from a year before to 118 trillion won last year, after 12 percent in 1995").
     */
    private static int writtenYearOfSentence(TemporalContext c, int offset) {
        Sentence sentence = c.sentence(offset);
        if (RELATIVE_YEAR.matcher(c.analyzed().text()).region(sentence.start(), sentence.end()).find()) return 0;
        Matcher year = WRITTEN_YEAR.matcher(c.analyzed().text()).region(sentence.start(), sentence.end());
        int found = 0;
        while (year.find()) {
            int value = Integer.parseInt(year.group());
            if (found != 0 && found != value) return 0;
            found = value;
        }
        return found;
    }

    private static TemporalClaim yearEarlier(TemporalContext c, Matcher m) {
        ReportingPeriods.Quarter reported = c.periods().quarterAt(m.start());
        if (reported != null) return c.claim(ClaimType.DATE, m.start(), m.end(), reported.yearBefore().value(), null, null);
        int written = writtenYearOfSentence(c, m.start());
        int year = (written > 0 ? written : c.periods().yearAt(m.start())) - 1;
        return c.claim(ClaimType.DATE, m.start(), m.end(), Timex.year(year), null, (year + 1) + " - 1 = " + year);
    }

    private static TemporalClaim quarterCode(TemporalContext c, Matcher m) {
        int quarter = Integer.parseInt(m.group("q"));
        if (m.group("yy") != null) {
            // "Q3'24": the same two-digit-year window as "03/18/40" and "April of '87"
            return quarterClaim(c, m, NumericDates.centuryOf(c.reference(), Integer.parseInt(m.group("yy"))), quarter);
        }
        return quarter(c, m, quarter);
    }

    private static TemporalClaim quarter(TemporalContext c, Matcher m, int quarter) {
        LocalDate ref = c.reference();
        int current = ref.get(IsoFields.QUARTER_OF_YEAR);
        int year;
        String lead = m.pattern() != QUARTER || m.group("lead") == null ? ""
                : m.group("lead").toLowerCase(Locale.ROOT).replaceAll("\\s+", " "); // QUARTER_CODE has no lead
        if (m.group("year") != null) {
            year = Integer.parseInt(m.group("year"));
        } else if (lead.matches("\\d{4}")) {
            year = Integer.parseInt(lead);
        } else if (lead.equals("next year's")) {
            year = ref.getYear() + 1;
        } else {
            // A quarter without a year is the latest one so numbered that has begun.
            year = quarter <= current ? ref.getYear() : ref.getYear() - 1;
            if (lead.equals("last year's") || lead.startsWith("year-")) year--;
        }
        return quarterClaim(c, m, year, quarter);
    }

    /** "the year" is the one being reported, as in "for the year"; "this year" and the like count from the reference year. */
    private static TemporalClaim halfYear(TemporalContext c, Matcher m) {
        int half = m.group("which").equalsIgnoreCase("first") ? 1 : 2;
        int year;
        if (m.group("year") != null) {
            year = Integer.parseInt(m.group("year"));
        } else {
            String rel = m.group("rel").toLowerCase(Locale.ROOT);
            int ref = c.reference().getYear();
            year = switch (rel) {
                case "last" -> ref - 1;
                case "next" -> ref + 1;
                case "this" -> ref;
                default -> c.periods().yearAt(m.start());
            };
            if (rel.equals("the")) {
                LocalDate first = LocalDate.of(year, half == 1 ? 1 : 7, 1);
                // "growth slowed in the second half of the year", written in May: another year's, unknown
                if (first.isAfter(c.reference()) && Tense.of(c.sentence(m.start()), m.start()) == Tense.PAST) return null;
                // resolved from the story, not written: no interval for a rule to read
                return c.claim(ClaimType.DATE, m.start(), m.end(), year + "-H" + half, null, "the year reported = " + year);
            }
        }
        return halfClaim(c, m, year, half);
    }

    private static TemporalClaim halfClaim(TemporalContext c, Matcher m, int year, int half) {
        LocalDate first = LocalDate.of(year, half == 1 ? 1 : 7, 1);
        return c.claim(ClaimType.DATE, m.start(), m.end(), year + "-H" + half,
                new DateInterval(first, first.plusMonths(6).minusDays(1)), null);
    }

    private static TemporalClaim latestQuarter(TemporalContext c, Matcher m) {
        String which = m.group("which") == null ? "" : m.group("which").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        boolean period = m.group("noun").equalsIgnoreCase("period");
        if (period && !which.equals("latest") && !which.equals("most recent")) return null; // "this period" of history
        LocalDate ref = c.reference();
        if (which.equals("current")) return quarterClaim(c, m, ref.getYear(), ref.get(IsoFields.QUARTER_OF_YEAR));
        ReportingPeriods.Quarter reported = c.periods().quarterAt(m.start());
        if (which.equals("previous")) {
            LocalDate before = reported == null ? ref.minusMonths(6) : reported.interval().first().minusMonths(3);
            return quarterClaim(c, m, before.getYear(), before.get(IsoFields.QUARTER_OF_YEAR));
        }
        if (reported != null) return quarterClaim(c, m, reported.year(), reported.number());
        if (period) return null; // "the latest period" outside a quarterly report may be any period
        // "the quarter" in a results story is the one just reported; "this quarter" elsewhere is the current one
        LocalDate inQuarter = m.group("det").equalsIgnoreCase("this") ? ref : ref.minusMonths(3);
        return quarterClaim(c, m, inQuarter.getYear(), inQuarter.get(IsoFields.QUARTER_OF_YEAR));
    }

    private static TemporalClaim comparedPeriod(TemporalContext c, Matcher m) {
        ReportingPeriods.Quarter reported = c.periods().quarterAt(m.start());
        String lead = m.group("lead") == null ? "" : m.group("lead").toLowerCase(Locale.ROOT);
        if (lead.matches("\\d{4}")) {
            // "the 1988 period": the reported quarter of that year; outside a quarterly report just the year
            if (reported == null) return null;
            return quarterClaim(c, m, Integer.parseInt(lead), reported.number());
        }
        if (reported != null) return quarterClaim(c, m, reported.year() - 1, reported.number());
        boolean quarter = m.group("noun") != null && m.group("noun").equalsIgnoreCase("quarter")
                || m.group().toLowerCase(Locale.ROOT).matches(".*\\squarter\\b.*");
        if (quarter) {
            LocalDate inQuarter = c.reference().minusMonths(3).minusYears(1);
            return quarterClaim(c, m, inQuarter.getYear(), inQuarter.get(IsoFields.QUARTER_OF_YEAR));
        }
        int year = c.periods().yearAt(m.start()) - 1;
        return c.claim(ClaimType.DATE, m.start(), m.end(), Timex.year(year), null, (year + 1) + " - 1 = " + year);
    }

    private static TemporalClaim quarterClaim(TemporalContext c, Matcher m, int year, int quarter) {
        LocalDate first = LocalDate.of(year, 3 * quarter - 2, 1);
        LocalDate last = first.plusMonths(3).minusDays(1);
        return c.claim(ClaimType.DATE, m.start(), m.end(), year + "-Q" + quarter, new DateInterval(first, last), null);
    }

    private static TemporalClaim month(TemporalContext c, Matcher m) {
        String name = m.group("month");
        String mod = m.group("mod") == null ? "" : m.group("mod").toLowerCase(Locale.ROOT);
        String text = c.analyzed().text();
        if (BARE_ABBREVIATED.matcher(name).matches()
                && (!mod.isEmpty() || !PREPOSITION_BEFORE.matcher(text).useTransparentBounds(true).region(Math.max(0, m.start() - 16), m.start()).find())) {
            return null; // "Feb" alone, after a preposition of time only ("since Oct"; not "Dec" the name)
        }
        if ((name.equals("May") || name.equals("March")) && mod.isEmpty()
                && !MONTH_CUE.matcher(text.substring(Math.max(0, m.start() - 16), m.start())).find()) {
            return null; // "May" and "March" are verbs too
        }
        if (lunarAfter(text, m.end())) return null;
        // "in a previous January transfer window": some earlier January, not the last one
        if (mod.equals("previous") && INDEFINITE_ARTICLE_BEFORE.matcher(text).region(Math.max(0, m.start() - 4), m.start()).find()) return null;
        Month month = monthOf(name);
        YearMonth ref = YearMonth.from(c.reference());
        String yearRel = m.group("yearRel") == null ? "" : m.group("yearRel").toLowerCase(Locale.ROOT);
        String arithmetic = yearRel.isEmpty() || yearRel.equals("this") ? null
                : name + " " + yearRel + " year from " + ref.getYear();
        YearMonth resolved = !yearRel.isEmpty()
                ? YearMonth.of(ref.getYear() + (yearRel.equals("last") ? -1 : yearRel.equals("next") ? 1 : 0), month)
                : switch (mod) {
            case "last", "previous" -> latestBefore(ref, month, false);
            case "next" -> earliestAfter(ref, month, false);
            case "this" -> YearMonth.of(ref.getYear(), month);
            // "crude for January delivery", "the December Nikkei futures contract": a contract month is not yet over
            default -> FUTURES_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
                    || FUTURES_BEFORE.matcher(text).region(Math.max(0, m.start() - 20), m.start()).find() ? earliestAfter(ref, month, true)
                    : switch (Tense.of(c.sentence(m.start()), m.start())) {
                case PAST -> latestBefore(ref, month, true);
                case FUTURE -> earliestAfter(ref, month, true);
                default -> nearest(ref, month);
            };
        };
        DateInterval interval = DateInterval.month(resolved);
        int lastDay = resolved.lengthOfMonth();
        if (mod.equals("early")) interval = new DateInterval(resolved.atDay(1), resolved.atDay(10));
        if (mod.equals("mid")) interval = new DateInterval(resolved.atDay(11), resolved.atDay(20));
        if (mod.equals("late")) interval = new DateInterval(resolved.atDay(21), resolved.atDay(lastDay));
        return c.claim(ClaimType.DATE, m.start(), m.end(), Timex.month(resolved), interval, arithmetic);
    }

    /** A month named without a tense to go by: the occurrence nearest the reference month, the earlier one on a tie. */
    private static YearMonth nearest(YearMonth ref, Month month) {
        YearMonth before = latestBefore(ref, month, true);
        YearMonth after = earliestAfter(ref, month, true);
        return ref.until(after, java.time.temporal.ChronoUnit.MONTHS) < before.until(ref, java.time.temporal.ChronoUnit.MONTHS)
                ? after : before;
    }

    /** A month naming a futures contract: "January delivery", "the January contract", "December Nikkei 225 index futures". */
    private static final Pattern FUTURES_AFTER = Pattern.compile("(?i)[ \\t]+(?:delivery\\b|contracts?\\b"
            + "|(?:[\\w.&-]+[ \\t]+){0,4}?futures\\b)");

    /** "light sweet crude for delivery in January": the contract month again, written after its noun. */
    private static final Pattern FUTURES_BEFORE = Pattern.compile("(?i)\\bdelivery[ \\t]+(?:in|for)[ \\t]+$");
    /** "the fifth day of May on China's lunar calendar": a lunar month is no month of the Gregorian year. */
    private static final Pattern LUNAR_AFTER = Pattern.compile("(?i)[ \\t]+(?:on|of|in)[ \\t]+(?:the[ \\t]+)?(?:[\\w']+[ \\t]+)?"
            + "(?:lunar|Chinese)[ \\t]+calendar\\b");

    private static final Pattern INDEFINITE_ARTICLE_BEFORE = Pattern.compile("(?i)\\ban?[ \\t]+$");

    static boolean lunarAfter(String text, int end) {
        return LUNAR_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }

    private static YearMonth latestBefore(YearMonth ref, Month month, boolean orSame) {
        YearMonth candidate = YearMonth.of(ref.getYear(), month);
        return candidate.isAfter(ref) || (!orSame && candidate.equals(ref)) ? candidate.minusYears(1) : candidate;
    }

    private static YearMonth earliestAfter(YearMonth ref, Month month, boolean orSame) {
        YearMonth candidate = YearMonth.of(ref.getYear(), month);
        return candidate.isBefore(ref) || (!orSame && candidate.equals(ref)) ? candidate.plusYears(1) : candidate;
    }

    private static Month monthOf(String name) {
        String key = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) if (month.name().startsWith(key)) return month;
        throw new DateTimeException("no month " + name);
    }

    private static TemporalClaim season(TemporalContext c, Matcher m) {
        String rel = m.group("rel") == null ? "" : m.group("rel").toLowerCase(Locale.ROOT);
        String season = m.group("season").toLowerCase(Locale.ROOT);
        // "the fall of the Berlin Wall", "a spring": only with a year or a word that makes it a time.
        if (rel.isEmpty() && m.group("year") == null) return null;
        LocalDate ref = c.reference();
        String code = switch (season) {
            case "spring" -> "SP";
            case "summer" -> "SU";
            case "winter" -> "WI";
            default -> "FA";
        };
        int startMonth = switch (code) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
        int year;
        if (m.group("year") != null) {
            year = Integer.parseInt(m.group("year"));
        } else {
            LocalDate thisOne = LocalDate.of(ref.getYear(), startMonth, 1);
            year = switch (rel) {
                case "last" -> thisOne.isBefore(ref) ? ref.getYear() - 1 : ref.getYear() - 1;
                case "next" -> thisOne.isAfter(ref) ? ref.getYear() : ref.getYear() + 1;
                default -> ref.getYear();
            };
            if (rel.equals("last") && thisOne.plusMonths(3).isBefore(ref)) year = ref.getYear();
        }
        LocalDate first = LocalDate.of(year, startMonth, 1);
        return c.claim(ClaimType.DATE, m.start(), m.end(), year + "-" + code,
                new DateInterval(first, first.plusMonths(3).minusDays(1)), null);
    }

    /**
     * "the future SAR government", "the future foreign minister", "the future status of Kosovo": "future" before a
     * noun or adjective it qualifies says who or what, not when. Not before a word in -s, which may be a verb the
     * tagger misread ("the future holds promise", "the future lies in trade"). After "in", a common noun may be such
     * a verb too ("may in the future lead to"), so only a name or an adjective counts there.
     */
    private static boolean attributive(TemporalContext c, int futureStart, boolean afterIn) {
        Sentence sentence = c.sentence(futureStart);
        List<Token> tokens = sentence.tokens();
        int at = sentence.tokenAtOrAfter(futureStart);
        if (at + 1 >= tokens.size() || tokens.get(at).start() != futureStart) return false;
        Token next = tokens.get(at + 1);
        String word = next.text();
        if (next.start() != tokens.get(at).end() + 1 || word.endsWith("s") && !word.endsWith("ss") && Character.isLowerCase(word.charAt(0))) {
            return false;
        }
        String tag = next.pos();
        return !afterIn && tag.startsWith("NOUN") || tag.startsWith("PROPN") || tag.startsWith("ADJ");
    }

    private static TemporalClaim vague(TemporalContext c, Matcher m) {
        String phrase = m.group("phrase").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String value;
        if (phrase.contains("future") && attributive(c, m.end() - "future".length(), phrase.startsWith("in "))) return null;
        if (phrase.contains("future")) {
            value = "FUTURE_REF";
        } else if (phrase.startsWith("recent") || phrase.equals("lately") || phrase.contains("past")
                || phrase.equals("current") && c.analyzed().text().substring(Math.max(0, m.start() - 5), m.start()).equalsIgnoreCase("then ")) {
            value = "PAST_REF";
        } else {
            value = "PRESENT_REF";
        }
        int start = phrase.startsWith("in ") ? m.start("phrase") + 3 : m.start("phrase");
        return c.claim(ClaimType.DATE, start, m.end(), value, null, null);
    }
}
