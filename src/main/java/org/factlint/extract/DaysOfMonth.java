package org.factlint.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factlint.nlp.Sentence;

/**
 * Days of the month written without their month: with a weekday ("Tue 13th", "Tuesday the
 * eleventh", "on Sunday 31."), alone after a word that announces a day ("on the 18th.", "the 21st of this month"),
 * or with a weekday and a month in brackets ("Friday (Jun 15)"); "next" before a day and month
 * ("next 6th of April"); a two-digit year after a day and month ("15 April '87"); a weekday of a
 * month ("the first Monday in October"). Numeric days are in {@link NumericDates}. A bare ordinal is more often a
 * rank, a hole or a century ("the 18th green", "finished 14th"), so it is read only where nothing
 * but a date can follow. Every pattern is linear (no nested quantifiers).
 */
final class DaysOfMonth {
    private static final String NUMBERED = "(?<num>[0-3]?\\d)(?:st|nd|rd|th)";
    /** Where a clause ends: a day alone is read only there ("on the 18th green" is a golf hole). */
    private static final String CLAUSE_END = "(?=[ \\t]*(?:[.,;:!?)–—\\n]|-\\s|$)|\\s+at\\s+\\d)";
    private static final Pattern ENDS_CLAUSE = Pattern.compile(CLAUSE_END);
    /** "Sunday 18th.", "Tuesday the eleventh,"; not "Monday, the third such attack" nor "Sunday 18th March" (a full date). */
    private static final Pattern WEEKDAY_DAY = Pattern.compile("\\b" + NumericDates.WEEKDAY + ",?\\s+(?:"
            + "(?i:the)\\s+(?:" + NUMBERED + "|(?<word>(?i:" + WrittenDates.ORDINAL_WORD + ")))|" + NUMBERED.replace("num", "bare")
            + ")\\b" + CLAUSE_END);
    /**
     * "on Sunday 31!", "on Friday 13.": a weekday and a plain number, read only after "on" and where the
     * clause ends ("on Tuesday 52-48" is a vote, "on Sunday 31 people died" a count).
     */
    private static final Pattern ON_WEEKDAY_NUMBER = Pattern.compile("\\b(?i:on)\\s+" + NumericDates.WEEKDAY
            + ",?\\s+(?<bare>[1-3]?\\d)\\b(?=[ \\t]*(?:[.;!?)](?!\\d)|,\\s|$))");
    /** "on the 18th.", "by the 4th,", "on 29th -", "around the 21st this month". */
    private static final Pattern ORDINAL_DAY = Pattern.compile("(?i)\\b(?:on|by|until|till|before|after|around|from|since)\\s+"
            + "(?<day>(?:the\\s+)?" + NUMBERED + ")\\b(?:\\s+(?:of\\s+)?(?<rel>this|next|last)\\s+month\\b|" + CLAUSE_END + ")");
    /**
     * An ordinal alone stands for a noun said nearby: "birdied the 17th hole, bogeyed the 18th", "the
     * 18th century ... by the 19th". Such a noun in the sentence or the one before keeps it silent.
     */
    private static final Pattern ELIDED_NOUN = Pattern.compile("(?i)\\b(?:holes?|par|birdie\\w*|bogey\\w*|eagles?|greens?"
            + "|tees?|laps?|overs?|minutes?|innings?|rounds?|floors?|centur(?:y|ies)|place|stages?|races?|games?|matches"
            + "|tests?|editions?|anniversar(?:y|ies)|amendments?|seeds?|positions?|grades?|districts?|streets?|avenues?"
            + "|divisions?|sessions?|congress|birthdays?|heats?|legs?|events?|spots?)\\b");
    /** "the 21st of this month", "the 3rd next month", "20 of the previous month" after any word. */
    private static final Pattern DAY_OF_MONTH = Pattern.compile("(?i)\\b(?:(?:the\\s+)?(?:" + NUMBERED + "|(?<word>"
            + WrittenDates.ORDINAL_WORD + "))\\s+(?:of\\s+)?|(?<![\\d.,$£€¥])(?<bare>[0-3]?\\d)\\s+of\\s+)(?:the\\s+)?"
            + "(?<rel>this|next|last|current|previous)\\s+month\\b(?!['’]s)");
    /**
     * "before the thirty-first day of the month": the month of publication, but only where nothing
     * else can be meant (see {@link #dayOfTheMonth}); "the 27th day of the month of Ramadan" is another calendar.
     */
    private static final Pattern DAY_OF_THE_MONTH = Pattern.compile("(?i)\\b(?:the\\s+)?(?:" + NUMBERED + "|(?<word>"
            + WrittenDates.ORDINAL_WORD + "))\\s+day\\s+of\\s+the\\s+month\\b(?![-'’]|\\s+of\\b)");
    /** Words before the day that make it a deadline ("before the 31st day of the month"). */
    private static final Pattern DEADLINE_BEFORE = Pattern.compile("(?i)\\b(?:before|by|until|till|no\\s+later\\s+than)\\s+$");
    /** A month or calendar the story may mean by "the month" or by a day alone ("In March ... the week of the 18th"). */
    static final Pattern NAMED_MONTH = Pattern.compile("\\b(?:" + CalendarNames.MONTHS + "|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|Ramadan|Muharram"
            + "|Shawwal|Rajab|Tishrei|Nisan|Adar|Elul)\\b|(?i:\\b(?:lunar|islamic|hijri|hebrew|jewish|chinese)\\b)");
    /** A monthly habit: "paid on the 15th day of every month". */
    private static final Pattern MONTHLY = Pattern.compile("(?i)\\b(?:each|every|monthly|usually|typically|normally|always"
            + "|generally|per\\s+month|a\\s+month)\\b");
    /** "Friday (June 15)", "this friday (jun-15)", "Friday-Jun-15". */
    private static final Pattern WEEKDAY_MONTH_DAY = Pattern.compile("(?i)\\b(?:(?<rel>this|next|on)\\s+)?"
            + "(?<wd>" + CalendarNames.WEEKDAYS + ")(?:\\s*\\(\\s*" + WrittenDates.MONTH
            + "[-\\s]?(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\s*\\)|-" + WrittenDates.MONTH.replace("month", "month2")
            + "-(?<day2>[0-3]?\\d)\\b)");
    /** "next April 6", "next 6th of April": the first such day after the reference date. */
    private static final Pattern NEXT_DAY_MONTH = Pattern.compile("\\b(?i:next)\\s+(?:(?:(?i:the)\\s+)?(?<day>[0-3]?\\d)"
            + "(?:st|nd|rd|th)?\\s+(?:(?i:of)\\s+)?(?<month>" + CalendarNames.MONTHS + ")|(?<month2>" + CalendarNames.MONTHS + ")\\s+(?<day2>[0-3]?\\d)(?:st|nd|rd|th)?)\\b(?!,?\\s*\\d)");

    private static final String MONTH_NAME = TemporalExtractor.MONTH + "\\.?";
    /** A two-digit year after a day and month: "15 April '87", "April 15, '87", "15 April of 87." */
    private static final Pattern SHORT_YEAR = Pattern.compile("(?<![\\d.,$£€¥])(?:(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
            + MONTH_NAME + "|" + MONTH_NAME.replace("?<month>", "?<month2>") + "\\s+(?<day2>[0-3]?\\d)(?:st|nd|rd|th)?)"
            + "(?:,?\\s+['’]|\\s+of\\s+(?<of>['’])?)(?<yy>\\d{2})(?![\\w%'’-]|[.,]\\d)");

    /** "the first Monday in October", "the last Sunday of March 2014". */
    private static final Pattern NTH_WEEKDAY = Pattern.compile("(?i)\\b(?:the\\s+)?(?<ord>first|second|third|fourth|fifth|last"
            + "|1st|2nd|3rd|4th|5th)\\s+(?<wd>" + CalendarNames.WEEKDAYS + ")\\s+(?:of|in)\\s+"
            + "(?<month>" + CalendarNames.MONTHS + ")\\b"
            + "(?:,?\\s+(?<year>1\\d{3}|20\\d{2})\\b)?");

    private DaysOfMonth() {}

    static void scanInto(TemporalContext c, Candidates<TemporalClaim> found, boolean dayFirst) {
        String text = c.analyzed().text();
        TemporalScan.scan(WEEKDAY_DAY, text, found, m -> weekdayDay(c, m));
        TemporalScan.scan(ON_WEEKDAY_NUMBER, text, found, m -> {
            TemporalClaim claim = weekdayDay(c, m);
            // the claim begins at the weekday, as "Sunday 18th" does
            return claim == null ? null : c.claim(ClaimType.DATE, m.start("wd"), m.end(), claim.value(), null, claim.arithmetic());
        });
        TemporalScan.scan(ORDINAL_DAY, text, found, m -> m.group("rel") == null && refersToNoun(c, m.start())
                ? null : ordinalDay(c, m, m.start("day"), day(m, "num")));
        TemporalScan.scan(DAY_OF_MONTH, text, found, m -> ordinalDay(c, m, m.start(),
                m.group("bare") != null ? Integer.valueOf(m.group("bare")) : day(m, "num")));
        TemporalScan.scan(DAY_OF_THE_MONTH, text, found, m -> dayOfTheMonth(c, m));
        TemporalScan.scan(WEEKDAY_MONTH_DAY, text, found, m -> weekdayMonthDay(c, m));
        TemporalScan.scan(NEXT_DAY_MONTH, text, found, m -> nextDayMonth(c, m));
        TemporalScan.scanDates(SHORT_YEAR, text, found, m -> shortYear(c, m));
        TemporalScan.scan(NTH_WEEKDAY, text, found, m -> nthWeekday(c, m));
        NumericDates.scanInto(c, found, dayFirst);
    }

    /**
     * "the first Monday in October": in the year written, else in the nearest year (the tense decides
     * once that is over a month away, as for a day and month without a year).
     */
    private static TemporalClaim nthWeekday(TemporalContext c, Matcher m) {
        DayOfWeek weekday = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
        int month = WrittenDates.month(m.group("month"));
        String ord = m.group("ord").toLowerCase(Locale.ROOT);
        int n = switch (ord.substring(0, Math.min(3, ord.length()))) {
            case "fir", "1st" -> 1;
            case "sec", "2nd" -> 2;
            case "thi", "3rd" -> 3;
            case "fou", "4th" -> 4;
            case "fif", "5th" -> 5;
            default -> -1; // last
        };
        TemporalAdjuster adjuster = n < 0 ? TemporalAdjusters.lastInMonth(weekday) : TemporalAdjusters.dayOfWeekInMonth(n, weekday);
        LocalDate ref = c.reference();
        LocalDate date;
        if (m.group("year") != null) {
            date = LocalDate.of(Integer.parseInt(m.group("year")), month, 1).with(adjuster);
        } else {
            date = null;
            for (int year = ref.getYear() - 1; year <= ref.getYear() + 1; year++) {
                LocalDate d = LocalDate.of(year, month, 1).with(adjuster);
                if (date == null || Math.abs(d.toEpochDay() - ref.toEpochDay()) < Math.abs(date.toEpochDay() - ref.toEpochDay())) date = d;
            }
            LocalDate placed = TemporalExtractor.byTense(c, m.start(), date);
            if (!placed.equals(date)) date = placed.withDayOfMonth(1).with(adjuster);
        }
        if (date.getMonthValue() != month) return null; // no fifth Monday that month
        return c.claim(ClaimType.DATE, m.start(), m.end(), Timex.day(date), DateInterval.day(date),
                m.group("year") == null ? m.group().replaceAll("\\s+", " ") + " nearest " + ref + " = " + date : null);
    }

    private static TemporalClaim shortYear(TemporalContext c, Matcher m) {
        String text = c.analyzed().text();
        boolean apostrophe = m.group("of") != null || !m.group().matches("(?s).*\\sof\\s+\\d{2}");
        if (!apostrophe && !ENDS_CLAUSE.matcher(text).region(m.end(), text.length()).lookingAt()) {
            return null; // "15 April of 20 countries"
        }
        boolean dayFirst = m.group("month") != null;
        int month = WrittenDates.month(dayFirst ? m.group("month") : m.group("month2"));
        int day = Integer.parseInt(dayFirst ? m.group("day") : m.group("day2"));
        int year = NumericDates.centuryOf(c.reference(), Integer.parseInt(m.group("yy")));
        String problem = TemporalExtractor.impossibility(year, month, day);
        if (problem != null) { // "29 Feb '87": noted for the impossible-date rule; the span is held, not read as 29 Feb
            c.notes().add(new CalendarNote(m.start(), m.end(), m.group(), null, null, problem));
            throw new DateTimeException(problem);
        }
        LocalDate date = LocalDate.of(year, month, day);
        return c.claim(ClaimType.DATE, m.start(), m.end(), Timex.day(date), DateInterval.day(date),
                "'" + m.group("yy") + " read as " + year);
    }

    private static boolean refersToNoun(TemporalContext c, int offset) {
        Sentence sentence = c.sentence(offset);
        int from = sentence.start() > 0 ? c.sentence(sentence.start() - 1).start() : sentence.start();
        return ELIDED_NOUN.matcher(c.analyzed().text()).region(from, sentence.end()).find();
    }

    private static Integer day(Matcher m, String digits) {
        if (m.group(digits) != null) return Integer.valueOf(m.group(digits));
        return m.group("word") == null ? null : WrittenDates.day(m.group("word"));
    }

    /**
     * "Tuesday the 11th": the month where the 11th is a Tuesday, ahead in a future-tense clause,
     * behind in a past-tense one, else the nearest. Which month is a guess, so nothing is checked
     * against it (no interval).
     */
    private static TemporalClaim weekdayDay(TemporalContext c, Matcher m) {
        Integer day = m.group("bare") != null ? Integer.valueOf(m.group("bare")) : day(m, "num");
        if (day == null || day < 1 || day > 31) return null;
        DayOfWeek weekday = NumericDates.weekday(m.group("wd"));
        LocalDate ref = c.reference();
        LocalDate past = null;
        LocalDate future = null;
        YearMonth month = YearMonth.from(ref);
        for (int k = 0; k <= 14 && (past == null || future == null); k++) {
            for (YearMonth ym : new YearMonth[] {month.minusMonths(k), month.plusMonths(k)}) {
                if (day > ym.lengthOfMonth() || ym.atDay(day).getDayOfWeek() != weekday) continue;
                LocalDate d = ym.atDay(day);
                if (!d.isAfter(ref) && (past == null || d.isAfter(past))) past = d;
                if (!d.isBefore(ref) && (future == null || d.isBefore(future))) future = d;
            }
        }
        if (past == null || future == null) return null;
        LocalDate date = switch (TemporalExtractor.tenseOfDay(c, m.start(), m.end())) {
            case FUTURE -> future;
            case PAST -> past;
            default -> ref.toEpochDay() - past.toEpochDay() <= future.toEpochDay() - ref.toEpochDay() ? past : future;
        };
        return c.claim(ClaimType.DATE, m.start(), m.end(), Timex.day(date), null,
                m.group().replaceAll("\\s+", " ") + " nearest " + ref + " = " + date);
    }

    /** "on the 18th": the month is not said (XXXX-XX-18); "the 21st of this month" names it. */
    private static TemporalClaim ordinalDay(TemporalContext c, Matcher m, int start, Integer day) {
        if (day == null || day < 1 || day > 31) return null;
        String rel = m.group("rel");
        if (rel == null) return c.claim(ClaimType.DATE, start, m.end(), String.format("XXXX-XX-%02d", day), null, null);
        int shift = switch (rel.toLowerCase(Locale.ROOT)) {
            case "next" -> 1;
            case "last", "previous" -> -1;
            default -> 0;
        };
        YearMonth month = YearMonth.from(c.reference()).plusMonths(shift);
        if (day > month.lengthOfMonth()) return null;
        LocalDate date = month.atDay(day);
        return c.claim(ClaimType.DATE, start, m.end(), Timex.day(date), DateInterval.day(date),
                "day " + day + " of " + month + " = " + date);
    }

    /**
     * "We will come back before the twenty-sixth day of the month": that day of the month of publication,
     * read only in a future-tense clause or after a deadline word ("Must deliver ... before the
     * thirty-first day of the month"), never in a past-tense one, where "the month" is one the story
     * named; silent when a month or another calendar is named in the sentence or the one before (the
     * month it refers to), for a monthly habit ("every month"), and when the day has passed. The month
     * is a guess, so nothing is checked against it (no interval).
     */
    private static TemporalClaim dayOfTheMonth(TemporalContext c, Matcher m) {
        Integer day = day(m, "num");
        YearMonth month = YearMonth.from(c.reference());
        if (day == null || day < c.reference().getDayOfMonth() || day > month.lengthOfMonth()) return null;
        String text = c.analyzed().text();
        Sentence sentence = c.sentence(m.start());
        int from = sentence.start() > 0 ? c.sentence(sentence.start() - 1).start() : sentence.start();
        if (NAMED_MONTH.matcher(text).region(from, sentence.end()).find()
                || MONTHLY.matcher(text).region(sentence.start(), sentence.end()).find()) return null;
        boolean deadline = DEADLINE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find();
        Tense tense = TemporalExtractor.tenseOfDay(c, m.start(), m.end());
        if (tense == Tense.PAST || !deadline && tense != Tense.FUTURE) return null;
        LocalDate date = month.atDay(day);
        return c.claim(ClaimType.DATE, m.start(), m.end(), Timex.day(date), null, "day " + day + " of " + month + " = " + date);
    }

    private static TemporalClaim weekdayMonthDay(TemporalContext c, Matcher m) {
        boolean bracket = m.group("month") != null;
        int month = WrittenDates.month(bracket ? m.group("month") : m.group("month2"));
        int day = Integer.parseInt(bracket ? m.group("day") : m.group("day2"));
        if (TemporalExtractor.impossibility(null, month, day) != null) return null;
        DayOfWeek named = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
        LocalDate date = TemporalExtractor.nearest(c.reference(), month, day, named);
        int start = "on".equalsIgnoreCase(m.group("rel")) ? m.start("wd") : m.start();
        TemporalClaim claim = c.claim(ClaimType.DATE, start, m.end(), Timex.day(date), DateInterval.day(date),
                "the " + date.getMonth().toString().toLowerCase(Locale.ROOT) + " " + day + " nearest " + c.reference() + " = " + date);
        // "Friday (Feb 29)" where no nearby February 29 is a Friday: the weekday rule says so, as for "Friday, Feb 29"
        if (claim != null) c.notes().add(new CalendarNote(claim.start(), claim.end(), claim.text(), date, named, null));
        return claim;
    }

    private static TemporalClaim nextDayMonth(TemporalContext c, Matcher m) {
        boolean dayFirst = m.group("month") != null;
        int month = WrittenDates.month(dayFirst ? m.group("month") : m.group("month2"));
        int day = Integer.parseInt(dayFirst ? m.group("day") : m.group("day2"));
        if (TemporalExtractor.impossibility(null, month, day) != null) return null;
        LocalDate date;
        try {
            date = NumericDates.nextOccurrence(c.reference(), month, day);
        } catch (DateTimeException e) {
            return null;
        }
        return c.claim(ClaimType.DATE, m.start(), m.end(), Timex.day(date), DateInterval.day(date),
                "next " + date.getMonth().toString().toLowerCase(Locale.ROOT) + " " + day + " from " + c.reference() + " = " + date);
    }
}
