package org.factlint.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factlint.nlp.AnalyzedText;
import org.factlint.nlp.Sentence;
import org.factlint.nlp.Token;

/**
 * Reads the time expressions the base scan finds only in part, by composing its claims with the
 * words between them: points counted from a date ("in two weeks", "3 days after January 12th",
 * "two days from today"), days of a named week ("Tuesday of last week", "next week Wednesday"),
 * weeks and days of a period ("the last week of July", "week 3 of 2027", "the 15th day of next
 * month"), ranges ("from 2014 to 2018", "Jan-Feb 2017", "Nov 18-Dec 19, 2015", "10/1-11/2/2017", "from
 * the middle of 2007 to the end of 2008"), counted periods ("the next five days", "the past two
 * quarters", "the last 3 months and 2 weeks", "the next 4 business days"), holiday weekends ("Labor Day
 * weekend", "the weekend of Halloween 2021") and the current period's end ("by the end of the month").
 *
 * <p>The result is a list of {@link ComposedTime} readings, separate from the base claims (see
 * there why). Conventions, chosen to be unambiguous in news: "in two weeks" is a point only in a
 * future-tense clause ("the first rise in two years" is a duration); a counted period ahead starts
 * the day after the reference date ("the next five days") and one behind ends on it ("the past
 * three months"); a range runs from its first point to its second, recorded as written. "Next
 * Friday", "previous Wednesday" and "three weeks later" are left to the base scan: their week or
 * anchor is not clear from the words.
 */
final class TemporalComposer {
    private static final String COUNT = "(?<n>\\d{1,3}|(?:a\\s+)?couple(?:\\s+of)?|" + NumberWords.PATTERN + ")";
    private static final String UNIT = "(?<unit>days?|weeks?|fortnights?|months?|years?)";
    private static final int MAX_DAYS_ACROSS_NEW_YEAR = 92;
    private static final String WEEKDAY = "(?<wd>" + CalendarNames.WEEKDAYS + "|mon|tues?|wed|thu(?:rs?)?|fri)";
    private static final Pattern NAMED_WEEKDAY = Pattern.compile("(?i)\\b" + WEEKDAY + "\\b");
    private static final String WEEK_REL = "(?<rel>last|next|this|previous|following|coming)";
    private static final String ORDINAL = "(?<ord>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)";

    private static final Pattern WEEKDAY_OF_WEEK = Pattern.compile(
            "(?i)\\b" + WEEKDAY + "\\s+(?:of|in)\\s+(?:the\\s+)?" + WEEK_REL + "\\s+week\\b");
    private static final Pattern WEEK_WEEKDAY = Pattern.compile(
            "(?i)\\b" + WEEK_REL + "\\s+week(?:\\s*[-,]\\s*|\\s+)(?:on\\s+)?" + WEEKDAY + "\\b");
    private static final Pattern WEEK_OF = Pattern.compile("(?i)\\b(?:the\\s+)?" + ORDINAL + "\\s+week\\s+of\\s+");
    private static final Pattern NUMBERED_WEEK_OF = Pattern.compile("(?i)\\b(?:the\\s+)?week\\s+(?<num>\\d{1,2})\\s+of\\s+");
    private static final Pattern DAY_OF = Pattern.compile("(?i)\\b(?:the\\s+)?" + WrittenDates.DAY + "\\s+day\\s+of\\s+");
    private static final Pattern MONTH_OF = Pattern.compile(
            "(?i)\\b(?:the\\s+)?(?<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
            + "|(?<digits>1[0-2]|[1-9])(?:st|nd|rd|th))\\s+month\\s+of\\s+");
    /** Not "in a month's training" (whose "in" belongs to a verb); "in two weeks' time" is PeriodRanges'. */
    private static final Pattern IN_COUNT = Pattern.compile("(?i)\\bin\\s+" + COUNT + "\\s+" + UNIT + "\\b(?!-|['’]|\\s+(?:ago|of|old|later|earlier|before|after|from|since))");
    /** "less than 3 days after tomorrow", "within two weeks before 1 May": the days between the point and the count. */
    private static final Pattern BOUNDED_SHIFT = Pattern.compile("(?i)\\b(?:(?:less|fewer)\\s+than|within)\\s+" + COUNT + "\\s+" + UNIT
            + "\\s+(?<dir>after|before)\\s+");
    private static final Pattern COUNT_FROM = Pattern.compile("(?i)\\b" + COUNT + "\\s+" + UNIT + "\\s+(?<dir>from|after|before)\\s+");
    private static final Pattern NEXT_COUNT = Pattern.compile("(?i)\\b(?:the\\s+)?(?<rel>next|coming|upcoming|past|last|previous)\\s+"
            + COUNT + "\\s+" + UNIT + "\\b(?!\\s+(?:of|after|before|since)\\b)");
    private static final Pattern COUNT_NEXT = Pattern.compile("(?i)\\bthe\\s+" + COUNT + "\\s+(?<rel>next|coming|upcoming|past|previous)\\s+"
            + UNIT + "\\b(?!\\s+(?:of|after|before|since)\\b)");
    private static final Pattern WITHIN = Pattern.compile("(?i)\\bwithin\\s+(?:the\\s+)?(?:(?:next|coming)\\s+)?" + COUNT + "\\s+" + UNIT + "\\b(?!-|\\s+(?:of|after|before|from)\\b)");
    private static final Pattern EDGE_OF = Pattern.compile("(?i)\\b(?:the\\s+)?(?<edge>first|last)\\s+" + COUNT + "\\s+" + UNIT + "\\s+of\\s+");
    private static final Pattern QUARTERS = Pattern.compile("(?i)\\b(?:the\\s+)?(?<rel>this|current|last|past|previous|next|coming|following)\\s+"
            + "(?:" + COUNT + "\\s+)?(?<unit>quarters?)\\b");
    private static final Pattern YEAR_SPAN = Pattern.compile(
            "(?<![\\d./-])(?<a>1\\d{3}|20\\d{2})\\s*(?:[-–~]|\\s(?:to|till|until|through|thru|and)\\s)\\s*(?<b>1\\d{3}|20\\d{2}|\\d{2})(?![\\d%]|\\s*(?:%|per\\s?cent))");
    private static final Pattern SEPARATOR = Pattern.compile("(?i)\\s*(?:-|–|—|~)\\s*|\\s+(?:to|till|til|until|through|thru)\\s+");
    private static final Pattern AND = Pattern.compile("(?i)\\s+and\\s+");
    private static final Pattern RANGE_OPENER = Pattern.compile("(?i)\\b(?<word>from|between)\\s+(?:the\\s+)?$");
    private static final Pattern WEEKDAY_NAME = Pattern.compile("(?i)\\b(?:" + CalendarNames.WEEKDAYS + ")\\b");
    private static final Pattern RELATIVE_OR_DATE = Pattern.compile("(?i)\\b(?:next|this|last|coming|following|previous)\\b|\\d");
    private static final Pattern FOR_BEFORE = Pattern.compile("(?i)\\bfor\\s+$");
    private static final Pattern BARE_MONTH = Pattern.compile("(?i)\\b" + WrittenDates.MONTH + "(?!\\w)");
    /** "the 18th", "the eighteenth" where its clause ends ("the week of the 18th."). */
    private static final Pattern DAY_ALONE = Pattern.compile("(?i)the\\s+(?<day>[0-3]?\\d(?:st|nd|rd|th)|(?:" + WrittenDates.ORDINAL_WORD
            + "))(?=[ \\t]*(?:[.,;:!?)–—\\n]|-\\s|$))");
    private static final Pattern WEEK_OF_DAY = Pattern.compile(
            "(?i)(?:\\bthe\\s+week\\s+(?:of|beginning|starting(?:\\s+on)?|commencing(?:\\s+on)?)|\\bw/c)\\s+");
    private static final Pattern COUNT_STARTING = Pattern.compile("(?i)\\b(?<for>for\\s+)?" + COUNT + "\\s+" + UNIT
            + ",?\\s+(?<how>from|starting(?:\\s+(?:from|on))?|beginning(?:\\s+on)?)\\s+");
    private static final Pattern COMPOUND_AGO = Pattern.compile("(?i)\\b" + COUNT + "\\s+" + UNIT + ",?\\s+(?:and\\s+)?"
            + COUNT.replace("<n>", "<n2>") + "\\s+" + UNIT.replace("<unit>", "<unit2>") + "\\s+ago\\b");
    private static final Pattern COUNTED_BEFORE = Pattern.compile("(?i)\\b(?:last|past|next|previous|first|coming)\\s+$");
    private static final Pattern YEAR_TO_DATE = Pattern.compile("(?i)\\b(?:the\\s+)?year[\\s-]to[\\s-]date\\b|\\bso\\s+far\\s+this\\s+year\\b");
    private static final Pattern WEEK_AFTER_NEXT = Pattern.compile("(?i)\\bthe\\s+week\\s+after\\s+next\\b");
    private static final Pattern END_OF = Pattern.compile("(?i)(?:the\\s+)?(?<edge>end|middle)\\s+of\\s+");
    private static final Pattern END_OF_BEFORE = Pattern.compile("(?i)\\b(?:the\\s+)?(?<edge>end|middle)\\s+of\\s+$");
    private static final Pattern TO_DATE = Pattern.compile("(?i)(?:the\\s+)?(?:current\\s+)?date\\b");
    private static final Pattern BARE_DAY = Pattern.compile("(?i)(?<![\\w.,/:$£€-])(?:the\\s+)?" + WrittenDates.DAY + "(?![\\w%])"
            + "(?:,?[ \\t]+(?<year>1\\d{3}|20\\d{2})\\b)?");
    private static final Pattern WEEKEND_AFTER = Pattern.compile("(?i)\\s+(?:(?<year>1\\d{3}|20\\d{2})\\s+)?weekend\\b(?:,?\\s+(?<after>1\\d{3}|20\\d{2})\\b)?");
    private static final Pattern US_LONG_WEEKEND = Pattern.compile("(?i)(?<!international\\s)(?<!may\\s)\\b(?<name>labor|memorial)\\s+day"
            + "(?:,?\\s+(?<year>1\\d{3}|20\\d{2}))?\\s+weekend\\b(?:,?\\s+(?<after>1\\d{3}|20\\d{2})\\b)?");
    private static final Pattern WEEKEND_OF = Pattern.compile("(?i)\\b(?:the\\s+)?weekend\\s+of\\s+");
    private static final Pattern WORKING_WEEK = Pattern.compile(
            "(?i)\\b(?:the\\s+)?(?<rel>this|next|last|previous|coming|current)\\s+(?:work(?:ing)?(?:\\s+|-)?(?<week>week)|calendar\\s+year)\\b");
    private static final Pattern TO_DATE_ALONE = Pattern.compile(
            "(?i)(?<![\\w-])(?:to|till|til|until)\\s+date\\b(?![\\w-]|\\s+(?:the|a|an|his|her|their|its|it|them|him|me|us|you|back|from|of|with)\\b|\\s+\\d)");
    private static final Pattern UP_BEFORE = Pattern.compile("(?i)\\b(?:up|out|due|set|have|has|had|want(?:s|ed)?|like|how|able)\\s+$");
    private static final Pattern ANCHORED_AFTER = Pattern.compile("(?i)\\s+(?:ago|of|after|before|since)\\b");
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile("(?i)\\b(?<wd>" + CalendarNames.WEEKDAYS + "),?\\s+$");
    private static final Pattern ON_WEEKDAY_AFTER = Pattern.compile("(?i),?\\s+on\\s+(?<wd>" + CalendarNames.WEEKDAYS + ")\\b");
    private static final Pattern BUSINESS_DAYS = Pattern.compile("(?i)\\b(?:the\\s+)?(?<rel>next|coming|past|last|previous)\\s+"
            + COUNT + "\\s+(?:business|working)\\s+days\\b(?!\\s+(?:of|after|before|since)\\b)");
    private static final Pattern END_OF_CURRENT = Pattern.compile(
            "(?i)\\b(?:the\\s+)?end\\s+of\\s+(?:(?:the|this)\\s+)?(?<unit>year|month|week)\\b(?![\\s-]+(?:old|long|end)\\b|\\s*,?\\s*\\d|\\s+(?:of|before|after|in\\s+which|when)\\b)");
    private static final Pattern MORE_COUNT = Pattern.compile("(?i),?\\s+(?:and\\s+)?" + COUNT + "\\s+" + UNIT + "\\b");
    /**
     * "the first visit by a Chinese leader to the country in ten years", "the third report in two months": a
     * count since the last time, not a point ahead. "last" naming a period ("last week he said") is no such word.
     */
    private static final Pattern NOT_A_POINT_IN_TIME = Pattern.compile(
            "(?i)\\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th)"
            + "|last(?!\\s+(?:week|month|year|night|weekend|time|" + CalendarNames.WEEKDAYS + ")\\b)"
            + "|highest|lowest|most|least|best|worst|biggest|largest|smallest|fastest|slowest|strongest"
            + "|weakest|only|once|twice|times|record|high|low|peak)\\b[^.;]{0,80}$");
    /**
     * "will produce 10,000 units in a year", "will rise 5% in a year", "will pay $5 in a month": an amount over
     * the span (or after it: the words do not say), not clearly a point ahead.
     */
    private static final Pattern AMOUNT_BEFORE = Pattern.compile("(?i)(?:\\d|\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?)\\b)\\S*"
            + "(?:\\s+(?!(?:will|shall|would|to|be|is|are|was|were)\\b)[\\w$%£€-]+){0,2}\\s+$");

    private static final List<String> UNITS = List.of("year", "month", "fortnight", "week", "day");
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("first", 1), Map.entry("1st", 1),
            Map.entry("second", 2), Map.entry("2nd", 2), Map.entry("third", 3), Map.entry("3rd", 3),
            Map.entry("fourth", 4), Map.entry("4th", 4), Map.entry("fifth", 5), Map.entry("5th", 5),
            Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9),
            Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12));

    /** A point and whether the composer made it (only those are reported). */
    private record Reading(DatePoint point, boolean composed, String arithmetic) {}

    private final AnalyzedText analyzed;
    private final String text;
    private final LocalDate reference;
    private final TreeMap<Integer, Reading> points = new TreeMap<>();
    /** The base scan's points, kept when a composed point takes their place ("today" in "3 days from today"). */
    private final TreeMap<Integer, DatePoint> basePoints = new TreeMap<>();
    private final Candidates<ComposedTime> results = new Candidates<>();
    private final List<Reading> shiftedDays = new ArrayList<>();

    private TemporalComposer(AnalyzedText analyzed, LocalDate reference) {
        this.analyzed = analyzed;
        this.text = analyzed.text();
        this.reference = reference;
    }

    static List<ComposedTime> compose(AnalyzedText analyzed, LocalDate reference, List<TemporalClaim> base, boolean dayFirst) {
        TemporalComposer composer = new TemporalComposer(analyzed, reference);
        composer.run(base);
        for (ComposedTime range : NumericDateRanges.find(analyzed.text(), reference, dayFirst)) {
            composer.results.add(range.start(), range.end(), range);
        }
        for (ComposedTime t : PeriodRanges.find(analyzed, reference)) composer.results.add(t.start(), t.end(), t);
        List<ComposedTime> dates = composer.results.selectLongest();
        // A duration inside a composed date is part of it ("the last 3 months and 2 weeks" is a period).
        Candidates<ComposedTime> durations = new Candidates<>();
        for (ComposedTime d : ComposedDurations.find(analyzed.text(), base)) durations.add(d.start(), d.end(), d);
        List<ComposedTime> all = new ArrayList<>(dates);
        TreeMap<Integer, ComposedTime> dateStarts = new TreeMap<>();
        for (ComposedTime t : dates) dateStarts.put(t.start(), t);
        for (ComposedTime d : durations.selectLongest()) {
            var before = dateStarts.lowerEntry(d.end());
            if (before == null || before.getValue().end() <= d.start()) all.add(d);
        }
        all.sort(java.util.Comparator.comparingInt(ComposedTime::start));
        return all;
    }

    private void run(List<TemporalClaim> base) {
        for (TemporalClaim claim : base) {
            DatePoint point = DatePoint.of(claim, reference);
            if (point != null) {
                points.put(point.start(), new Reading(point, false, null));
                basePoints.put(point.start(), point);
            }
        }
        writtenDates(base);
        weekdaysOfWeeks();
        periodsOf();
        shifts();
        List<Reading> all = new ArrayList<>(points.values());
        for (Reading reading : all) {
            if (reading.composed()) add(reading.point().start(), reading.point().end(), reading.point().timex(), null, reading.arithmetic());
        }
        ranges();
        yearSpans();
        countedPeriods();
        quarters();
        weekends();
        workingWeeks();
        endsOfCurrentPeriods();
        toDate();
    }

    // ---- points -------------------------------------------------------------------------------

    /** Dates the base scan read in part ("Dec. 31" of "Dec. 31 , 1994") or not at all ("28 june in 2020"). */
    private void writtenDates(List<TemporalClaim> base) {
        Candidates<DatePoint> own = new Candidates<>();
        for (DatePoint p : WrittenDates.find(text, reference)) own.add(p.start(), p.end(), p);
        TreeMap<Integer, TemporalClaim> byStart = new TreeMap<>();
        for (TemporalClaim claim : base) byStart.put(claim.start(), claim);
        for (DatePoint p : own.selectLongest()) {
            List<TemporalClaim> inside = new ArrayList<>(byStart.subMap(p.start(), true, p.end(), false).values());
            var before = byStart.lowerEntry(p.start());
            boolean crosses = before != null && before.getValue().end() > p.start()
                    || !inside.isEmpty() && inside.get(inside.size() - 1).end() > p.end();
            if (crosses) continue;
            boolean sameAsBase = inside.size() == 1 && p.timex().equals(inside.get(0).value());
            if (sameAsBase) continue;
            if (inside.size() == 1 && !p.hasYear() && inside.get(0).value() != null
                    && inside.get(0).value().matches("\\d{4}-\\d{2}-\\d{2}")) {
                continue; // the base scan resolved a day without a year already, by its own rules
            }
            put(new Reading(placedByTense(p), true, null));
        }
    }

    /**
     * A day without a year that only the composer reads ("from 20th dec" in lower case, "May twenty-ninth") is placed
     * by the tense of its clause as the base scan places "20th Dec" ({@link TemporalExtractor#byTense}); holidays
     * have their own rule ({@link #holidayByTense}).
     */
    private DatePoint placedByTense(DatePoint p) {
        if (p.hasYear() || p.grain() != DatePoint.Grain.DAY || Holidays.isName(text.substring(p.start(), p.end()))) return p;
        LocalDate placed = TemporalExtractor.byTense(new TemporalContext(analyzed, reference, new ArrayList<>()), p.start(), p.first());
        return placed.equals(p.first()) ? p : DatePoint.day(p.start(), p.end(), placed, false);
    }

    /** "Tuesday of last week", "next week Wednesday", "this week Monday". */
    private void weekdaysOfWeeks() {
        for (Pattern pattern : List.of(WEEKDAY_OF_WEEK, WEEK_WEEKDAY)) {
            for (Matcher m : SkippingMatcher.matches(pattern, text)) {
                int shift = switch (m.group("rel").toLowerCase(Locale.ROOT)) {
                    case "last", "previous" -> -1;
                    case "next", "following", "coming" -> 1;
                    default -> 0;
                };
                LocalDate monday = reference.plusWeeks(shift).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                LocalDate day = monday.plusDays(weekday(m.group("wd")).getValue() - 1);
                put(new Reading(DatePoint.day(m.start(), m.end(), day, true), true,
                        m.group().replaceAll("\\s+", " ") + " from " + reference + " = " + day));
            }
        }
    }

    /** "the last week of July", "week 3 of 2027", "the 15th day of next month", "the third month of 2021". */
    private void periodsOf() {
        for (Matcher m : SkippingMatcher.matches(WEEK_OF, text)) {
            DatePoint of = pointOrBareMonth(m.end());
            if (of == null) continue;
            String ord = m.group("ord").toLowerCase(Locale.ROOT);
            LocalDate monday = ord.equals("last") ? lastWeek(of) : firstWeek(of);
            if (monday == null) continue;
            if (!ord.equals("last")) monday = monday.plusWeeks(ORDINALS.get(ord) - 1);
            put(new Reading(DatePoint.week(m.start(), of.end(), monday), true, null));
        }
        for (Matcher m : SkippingMatcher.matches(WEEK_OF_DAY, text)) {
            DatePoint of = pointAt(m.end());
            if (of == null) of = dayWithoutMonth(m.end());
            if (of == null || of.grain() != DatePoint.Grain.DAY) continue;
            put(new Reading(DatePoint.week(m.start(), of.end(), of.first()), true, null));
        }
        for (Matcher m : SkippingMatcher.matches(NUMBERED_WEEK_OF, text)) {
            DatePoint of = pointAt(m.end());
            int week = Integer.parseInt(m.group("num"));
            if (of == null || of.grain() != DatePoint.Grain.YEAR || week < 1 || week > 53) continue;
            put(new Reading(DatePoint.week(m.start(), of.end(), firstWeek(of).plusWeeks(week - 1)), true, null));
        }
        for (Matcher m : SkippingMatcher.matches(DAY_OF, text)) {
            DatePoint of = pointAt(m.end());
            Integer day = WrittenDates.day(m.group("day"));
            if (of == null || day == null || of.grain() != DatePoint.Grain.MONTH || day < 1 || day > of.first().lengthOfMonth()) continue;
            put(new Reading(DatePoint.day(m.start(), of.end(), of.first().withDayOfMonth(day), of.hasYear()), true, null));
        }
        for (Matcher m : SkippingMatcher.matches(MONTH_OF, text)) {
            DatePoint of = pointAt(m.end());
            String ord = m.group("ord").toLowerCase(Locale.ROOT);
            int month = m.group("digits") != null ? Integer.parseInt(m.group("digits")) : ORDINALS.get(ord);
            if (of == null || of.grain() != DatePoint.Grain.YEAR) continue;
            put(new Reading(new DatePoint(m.start(), of.end(), of.first().withMonth(month), DatePoint.Grain.MONTH, true), true, null));
        }
    }

    /**
     * "the week of the 18th": the 18th ahead in a future-tense clause, behind in a past-tense one,
     * else the nearest. Read only where the clause ends after it ("the week of the 18th hole" is golf)
     * and no month is named in the sentence or the one before (then it is that month's 18th).
     */
    private DatePoint dayWithoutMonth(int at) {
        Matcher m = DAY_ALONE.matcher(text).region(at, text.length());
        if (!m.lookingAt()) return null;
        Integer day = WrittenDates.day(m.group("day"));
        if (day == null || day < 1 || day > 31) return null;
        var sentence = analyzed.sentenceAt(at);
        int from = sentence.start() > 0 ? analyzed.sentenceAt(sentence.start() - 1).start() : sentence.start();
        if (DaysOfMonth.NAMED_MONTH.matcher(text).region(from, sentence.end()).find()) return null; // that month's 18th
        LocalDate past = null;
        LocalDate future = null;
        for (int k = -2; k <= 2; k++) {
            java.time.YearMonth month = java.time.YearMonth.from(reference).plusMonths(k);
            if (day > month.lengthOfMonth()) continue;
            LocalDate d = month.atDay(day);
            if (!d.isAfter(reference) && (past == null || d.isAfter(past))) past = d;
            if (!d.isBefore(reference) && (future == null || d.isBefore(future))) future = d;
        }
        if (past == null || future == null) return null;
        LocalDate date = switch (Tense.of(sentence, at)) {
            case FUTURE -> future;
            case PAST -> past;
            default -> reference.toEpochDay() - past.toEpochDay() <= future.toEpochDay() - reference.toEpochDay() ? past : future;
        };
        return DatePoint.day(m.start(), m.end(), date, true);
    }

    /** Monday of the first week of a year (ISO) or month (the week holding its first Thursday). */
    private static LocalDate firstWeek(DatePoint of) {
        return switch (of.grain()) {
            case YEAR -> of.first().withDayOfMonth(4).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> of.first().with(TemporalAdjusters.firstInMonth(DayOfWeek.THURSDAY)).minusDays(3);
            default -> null;
        };
    }

    private static LocalDate lastWeek(DatePoint of) {
        return switch (of.grain()) {
            case YEAR -> of.first().withMonth(12).withDayOfMonth(28).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> of.first().with(TemporalAdjusters.lastInMonth(DayOfWeek.THURSDAY)).minusDays(3);
            default -> null;
        };
    }

    /** "in two weeks" (future tense only), "3 days after January 12th", "two weeks before May 13 1999", "two days from today". */
    private void shifts() {
        // before the shifts, which take the place of the points they shift
        for (Matcher m : SkippingMatcher.matches(BOUNDED_SHIFT, text)) {
            DatePoint from = holidayByTense(pointAt(m.end()));
            Long n = count(m.group("n"));
            if (from == null || n == null || from.grain() != DatePoint.Grain.DAY) continue;
            LocalDate other = plus(from.first(), m.group("dir").equalsIgnoreCase("before") ? -n : n, unit(m.group("unit")));
            boolean back = other.isBefore(from.first());
            add(m.start(), from.end(), Timex.day(back ? other : from.first()), Timex.day(back ? from.first() : other), null);
        }
        for (Matcher m : SkippingMatcher.matches(COUNT_FROM, text)) {
            DatePoint from = holidayByTense(pointAt(m.end()));
            Long n = count(m.group("n"));
            if (from == null || n == null) continue;
            if (m.group("dir").equalsIgnoreCase("from") && FOR_BEFORE.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find()) {
                continue; // "open for two days from Tuesday": how long, from when
            }
            String unit = unit(m.group("unit"));
            boolean back = m.group("dir").equalsIgnoreCase("before");
            DatePoint shifted;
            if (from.grain() == DatePoint.Grain.DAY) {
                shifted = DatePoint.day(m.start(), from.end(), plus(from.first(), back ? -n : n, unit), true);
            } else if (from.grain() == DatePoint.Grain.YEAR && unit.equals("year")) {
                shifted = new DatePoint(m.start(), from.end(), from.first().plusYears(back ? -n : n), DatePoint.Grain.YEAR, true);
            } else {
                continue;
            }
            Reading reading = new Reading(shifted, true, from.timex() + (back ? " - " : " + ") + n + " " + unit + (n == 1 ? "" : "s")
                    + " = " + shifted.timex());
            put(reading);
            if (shifted.grain() == DatePoint.Grain.DAY) shiftedDays.add(reading);
        }
        for (Matcher m : SkippingMatcher.matches(COMPOUND_AGO, text)) {
            Long n = count(m.group("n"));
            Long n2 = count(m.group("n2"));
            String unit = unit(m.group("unit"));
            String unit2 = unit(m.group("unit2"));
            if (n == null || n2 == null || UNITS.indexOf(unit2) <= UNITS.indexOf(unit)) continue;
            if (COUNTED_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) continue; // "the last 3 months and 2 days ago"
            LocalDate day = plus(plus(reference, -n, unit), -n2, unit2);
            DatePoint point = switch (unit2) { // as precise as its smallest unit: "two years and three months ago" is a month
                case "day" -> DatePoint.day(m.start(), m.end(), day, true);
                case "week", "fortnight" -> DatePoint.week(m.start(), m.end(), day);
                default -> new DatePoint(m.start(), m.end(), day.withDayOfMonth(1), DatePoint.Grain.MONTH, true);
            };
            put(new Reading(point, true, reference + " - " + m.group().replaceAll("\\s+", " ").replaceAll("(?i) ago$", "")
                    + " = " + point.timex()));
        }
        for (Matcher m : SkippingMatcher.matches(WEEK_AFTER_NEXT, text)) put(new Reading(DatePoint.week(m.start(), m.end(), reference.plusWeeks(2)), true, null));
        for (Matcher m : SkippingMatcher.matches(IN_COUNT, text)) {
            Long n = count(m.group("n"));
            if (n == null || overlapsPoint(m.start(), m.end())) continue;
            if (!futureClause(m.start())) continue;
            String before = text.substring(Math.max(analyzed.sentenceAt(m.start()).start(), m.start() - 100), m.start());
            if (NOT_A_POINT_IN_TIME.matcher(before).find() || AMOUNT_BEFORE.matcher(before).find()) continue;
            String unit = unit(m.group("unit"));
            LocalDate day = plus(reference, n, unit);
            Reading reading = new Reading(DatePoint.day(m.start(), m.end(), day, true), true,
                    reference + " + " + n + " " + unit + (n == 1 ? "" : "s") + " = " + day);
            put(reading);
            shiftedDays.add(reading);
        }
        weekdaysOfShiftedWeeks();
    }

    /**
     * Whether the clause at the offset speaks of the future. A sentence opening in lower case continues the
     * one before it ("Will he be back in two days? or in a week?": the splitter cut at the "?"); with no
     * verb of its own it takes that sentence's tense.
     */
    private boolean futureClause(int offset) {
        Sentence sentence = analyzed.sentenceAt(offset);
        if (Tense.isFirmlyFuture(sentence, text, offset)) return true;
        if (sentence.index() == 0 || !Character.isLowerCase(text.charAt(sentence.start()))) return false;
        if (sentence.tokens().stream().anyMatch(Token::isVerb)) return false;
        Sentence before = analyzed.sentences().get(sentence.index() - 1);
        return Tense.isFirmlyFuture(before, text, before.end());
    }

    /**
     * "Monday two weeks from now", "Thursday, two years from now", "in 3 days on Friday": the weekday
     * of the (Monday-to-Sunday) week the counted day falls in.
     */
    private void weekdaysOfShiftedWeeks() {
        for (Reading shifted : shiftedDays) {
            DatePoint p = shifted.point();
            if (points.get(p.start()) != shifted) continue; // replaced by a longer reading
            Matcher before = WEEKDAY_BEFORE.matcher(text.substring(Math.max(0, p.start() - 12), p.start()));
            Matcher after = ON_WEEKDAY_AFTER.matcher(text).region(p.end(), text.length());
            int start = p.start();
            int end = p.end();
            String weekday;
            if (before.find()) {
                weekday = before.group("wd");
                start -= before.end() - before.start();
            } else if (after.lookingAt()) {
                weekday = after.group("wd");
                end = after.end();
            } else {
                continue;
            }
            LocalDate day = p.first().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(weekday(weekday).getValue() - 1);
            put(new Reading(DatePoint.day(start, end, day, true), true,
                    shifted.arithmetic() + "; " + weekday(weekday).name().toLowerCase(Locale.ROOT) + " of that week = " + day));
        }
    }

    // ---- ranges -------------------------------------------------------------------------------

    /** "from 2014 to 2018", "between Jan 2019 and now", "Jan-Feb 2017", "Nov 18-Dec 19, 2015", "April 9th through 17th". */
    private void ranges() {
        for (Reading reading : new ArrayList<>(points.values())) {
            DatePoint a = endOfBefore(reading.point());
            int bStart = afterSeparator(a.start(), a.end());
            if (bStart < 0) continue;
            DatePoint b = weekdayAfter(a, bStart);
            if (b == null) b = rangeEnd(bStart);
            if (b == null && a.grain() == DatePoint.Grain.DAY && namesMonth(a)) b = bareDay(bStart, a);
            if (b == null && a.grain() == DatePoint.Grain.MONTH) b = bareMonth(bStart, a.first().getYear());
            if (b != null) range(a, b);
        }
        // A bare month or day opening the range: "Jan-Feb 2017", "between 3 and 12 of Sept".
        for (Pattern bare : List.of(BARE_MONTH, BARE_DAY)) {
            for (Matcher m : SkippingMatcher.matches(bare, text)) {
                if (overlapsPoint(m.start(), m.end())) continue;
                int bStart = afterSeparator(m.start(), m.end());
                if (bStart < 0) continue;
                DatePoint b = rangeEnd(bStart);
                if (b == null && bare == BARE_MONTH) b = bareMonth(bStart, reference.getYear());
                if (b == null) continue;
                DatePoint a = bare == BARE_MONTH ? monthBefore(m, b) : dayBefore(m, b);
                if (a != null) range(a, b);
            }
        }
    }

    /**
     * "from next Monday to Friday": a bare weekday ending a range that opens on a weekday is the first
     * such day after the opening one (within its week), whatever that weekday alone would be read as.
     */
    private DatePoint weekdayAfter(DatePoint a, int at) {
        String words = text.substring(a.start(), a.end());
        Matcher named = WEEKDAY_NAME.matcher(words);
        if (a.grain() != DatePoint.Grain.DAY || !named.find() || a.first().getDayOfWeek() != weekday(named.group())) return null;
        // "open from Monday to Friday" is every week: a bare weekday opens a range only in a past or future clause
        boolean placed = RELATIVE_OR_DATE.matcher(words).find();
        if (!placed) {
            Tense tense = Tense.of(analyzed.sentenceAt(a.start()), a.start());
            if (tense != Tense.PAST && tense != Tense.FUTURE) return null;
        }
        Matcher wd = WEEKDAY_NAME.matcher(text).region(at, text.length());
        if (!wd.lookingAt()) return null;
        DatePoint written = pointAt(at);
        if (written != null && written.end() > wd.end()) return null; // "to Sunday, March 10": the date says which
        LocalDate day = a.first().with(TemporalAdjusters.next(weekday(wd.group())));
        return DatePoint.day(at, wd.end(), day, true);
    }

    /** Where the second point of a range would begin after a first one ending at {@code end}, or -1. */
    private int afterSeparator(int start, int end) {
        Matcher sep = SEPARATOR.matcher(text).region(end, text.length());
        if (sep.lookingAt()) return sep.end();
        Matcher and = AND.matcher(text).region(end, text.length());
        return opener(start).equals("between") && and.lookingAt() ? and.end() : -1;
    }

    /** The point a range ends at: a point, "the end of 2008" (the first day after it), or "date" / "current date" (the reference). */
    private DatePoint rangeEnd(int at) {
        DatePoint point = pointAt(at);
        if (point != null) return point;
        Matcher end = END_OF.matcher(text).region(at, text.length());
        if (end.lookingAt()) {
            DatePoint of = pointAt(end.end());
            LocalDate day = of == null ? null : edge(of, end.group("edge"));
            return day == null ? null : DatePoint.day(at, of.end(), day, of.hasYear());
        }
        Matcher date = TO_DATE.matcher(text).region(at, text.length());
        return date.lookingAt() ? DatePoint.day(at, date.end(), reference, true) : null;
    }

    /** "the end of 2007" opening a range begins when 2007 is over. */
    private DatePoint endOfBefore(DatePoint point) {
        Matcher m = END_OF_BEFORE.matcher(text.substring(Math.max(0, point.start() - 16), point.start()));
        if (!m.find()) return point;
        LocalDate day = edge(point, m.group("edge"));
        return day == null ? point : DatePoint.day(point.start() - (m.end() - m.start()), point.end(), day, point.hasYear());
    }

    /**
     * Where "the end of" a period begins a range or ends it: the day after it; "the middle of" a month,
     * quarter or year: its middle day (16 March, 2 July), as Recognizers-Text reads it.
     */
    private static LocalDate edge(DatePoint of, String edge) {
        if (edge.equalsIgnoreCase("end")) return of.next();
        return switch (of.grain()) {
            case MONTH, QUARTER, HALF, YEAR -> of.first().plusDays((of.next().toEpochDay() - of.first().toEpochDay()) / 2);
            default -> null;
        };
    }

    private void range(DatePoint a, DatePoint b) {
        // "the year to March 1998" is the twelve months ending then (a fiscal year), not this year; without its
        // year ("the year to March") the March is the one just past or the next: silent
        if (a.grain() == DatePoint.Grain.YEAR && b.grain() == DatePoint.Grain.MONTH
                && text.substring(a.start(), a.end()).matches("(?i)(?:the\\s+)?(?:fiscal\\s+|financial\\s+)?year")) {
            if (!b.hasYear()) return;
            LocalDate first = b.first().minusMonths(11);
            add(a.start(), b.end(), String.format("%04d-%02d", first.getYear(), first.getMonthValue()), b.timex(), null);
            return;
        }
        if (a.grain() == DatePoint.Grain.QUARTER && b.grain() != DatePoint.Grain.QUARTER) return; // "the first quarter to September"
        // a day written with its weekday ("Sunday, March 10") sits in the year the weekday gave it
        boolean aPlaced = a.hasYear() || namesWeekday(a);
        boolean bPlaced = b.hasYear() || namesWeekday(b);
        DatePoint[] current = aPlaced || bPlaced ? null : spanningReference(a, b);
        if (current != null) { // "runs from May to September", written in July: this year's, whatever the tense
            a = current[0];
            b = current[1];
        }
        if (!aPlaced && bPlaced) { // "Nov-Feb 2017" begins in November 2016
            a = a.withYear(b.first().getYear());
            if (!a.first().isBefore(b.first())) a = a.withYear(b.first().getYear() - 1);
        } else if (!bPlaced) { // "from May 22 to June 4", "Dec. 30 to Jan. 3": the end follows the start
            b = b.withYear(a.first().getYear());
            if (!a.first().isBefore(b.first())) {
                b = b.withYear(a.first().getYear() + 1);
                // "Dec. 30 to Jan. 3" crosses a new year; "from March 10 to March 2" is no year-long range
                boolean days = a.grain() == DatePoint.Grain.DAY && b.grain() == DatePoint.Grain.DAY;
                if (days && b.first().toEpochDay() - a.first().toEpochDay() > MAX_DAYS_ACROSS_NEW_YEAR) return;
            }
        }
        if (!a.first().isBefore(b.first())) return;
        String opener = opener(a.start());
        int start = opener.isEmpty() ? a.start() : openerStart(a.start());
        add(start, b.end(), a.timex(), b.timex(), null);
    }

    /** "Sunday, March 10": the base scan placed it in the year where the day is that weekday; keep it there. */
    private boolean namesWeekday(DatePoint point) {
        return NAMED_WEEKDAY.matcher(text.substring(point.start(), point.end())).find();
    }

    /**
     * Two months or days without a year whose range, placed around the reference date, holds it
     * ("from May to September" written on 7 September; "Nov to March" written in January); else null.
     */
    private DatePoint[] spanningReference(DatePoint a, DatePoint b) {
        boolean calendar = (a.grain() == DatePoint.Grain.MONTH || a.grain() == DatePoint.Grain.DAY)
                && (b.grain() == DatePoint.Grain.MONTH || b.grain() == DatePoint.Grain.DAY);
        if (!calendar || a.hasYear() || b.hasYear()) return null;
        for (int year = reference.getYear() - 1; year <= reference.getYear(); year++) {
            DatePoint from = a.withYear(year);
            DatePoint to = b.withYear(year);
            if (!from.first().isBefore(to.first())) to = b.withYear(year + 1);
            if (!from.first().isAfter(reference) && reference.isBefore(to.next())) return new DatePoint[] {from, to};
        }
        return null;
    }

    /** "2014-2018", "from 2014 to 2018", "2014-18": the base scan reads at most one of the years. */
    private void yearSpans() {
        for (Matcher m : SkippingMatcher.matches(YEAR_SPAN, text)) {
            int a = Integer.parseInt(m.group("a"));
            String bText = m.group("b");
            int b = bText.length() == 2 ? a - a % 100 + Integer.parseInt(bText) : Integer.parseInt(bText);
            if (b <= a || b - a > 200) continue;
            boolean hyphen = !m.group().matches("(?s)\\d{4}\\s*\\S*\\s(?:to|till|until|through|thru|and)\\s.*");
            if (m.group().toLowerCase(Locale.ROOT).contains(" and ") && !opener(m.start()).equals("between")) continue;
            if (!hyphen && bText.length() == 2) continue;
            int start = opener(m.start()).isEmpty() ? m.start() : openerStart(m.start());
            add(start, m.end(), Timex.year(a), Timex.year(b), null);
        }
    }

    private String opener(int start) {
        Matcher m = RANGE_OPENER.matcher(text.substring(Math.max(0, start - 14), start));
        return m.find() ? m.group("word").toLowerCase(Locale.ROOT) : "";
    }

    private int openerStart(int start) {
        int from = Math.max(0, start - 14);
        Matcher m = RANGE_OPENER.matcher(text.substring(from, start));
        return m.find() ? from + m.start() : start;
    }

    /** "Nov. 4" (then "-6" is a day of November); not "Thursday" (then "to 17" is not a day). */
    private boolean namesMonth(DatePoint point) {
        return BARE_MONTH.matcher(text.substring(point.start(), point.end())).find();
    }

    private DatePoint bareDay(int at, DatePoint sameMonth) {
        Matcher m = BARE_DAY.matcher(text).region(at, text.length());
        if (!m.lookingAt()) return null;
        Integer day = WrittenDates.day(m.group("day"));
        if (day == null || day < 1 || day > sameMonth.first().lengthOfMonth()) return null;
        DatePoint point = DatePoint.day(m.start(), m.end(), sameMonth.first().withDayOfMonth(day), sameMonth.hasYear());
        return m.group("year") == null ? point : point.withYear(Integer.parseInt(m.group("year"))); // "Nov. 18-19, 2024"
    }

    private DatePoint dayBefore(Matcher m, DatePoint b) {
        Integer day = WrittenDates.day(m.group("day"));
        if (b.grain() != DatePoint.Grain.DAY || day == null || day < 1 || day >= b.first().getDayOfMonth()) return null;
        return DatePoint.day(m.start(), m.end(), b.first().withDayOfMonth(day), b.hasYear());
    }

    private DatePoint bareMonth(int at, int year) {
        Matcher m = BARE_MONTH.matcher(text).region(at, text.length());
        if (!m.lookingAt() || isVerbMonth(m.group("month"))) return null;
        return new DatePoint(m.start(), m.end(), LocalDate.of(year, WrittenDates.month(m.group("month")), 1), DatePoint.Grain.MONTH, false);
    }

    private DatePoint monthBefore(Matcher m, DatePoint b) {
        if (isVerbMonth(m.group("month")) || b.grain() != DatePoint.Grain.MONTH && b.grain() != DatePoint.Grain.DAY) return null;
        int month = WrittenDates.month(m.group("month"));
        int year = month > b.first().getMonthValue() ? b.first().getYear() - 1 : b.first().getYear(); // "Nov to March": the November before
        return new DatePoint(m.start(), m.end(), LocalDate.of(year, month, 1), DatePoint.Grain.MONTH, false);
    }

    /** "may" and "march" in lower case are verbs. */
    private static boolean isVerbMonth(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return (lower.equals("may") || lower.equals("march") || lower.equals("mar")) && !Character.isUpperCase(word.charAt(0));
    }

    // ---- counted periods ----------------------------------------------------------------------

    /** "the next five days", "the past three months", "5 upcoming years", "within 9 months", "the first 2 weeks of 2021". */
    private void countedPeriods() {
        for (Pattern pattern : List.of(NEXT_COUNT, COUNT_NEXT)) {
            for (Matcher m : SkippingMatcher.matches(pattern, text)) {
                Long n = count(m.group("n"));
                if (n == null || m.group("n").matches("(?i)an?")) continue; // "following a week of talks"
                String unit = unit(m.group("unit"));
                boolean ahead = m.group("rel").toLowerCase(Locale.ROOT).matches("next|coming|upcoming");
                // "over the next three years, he built ..." counts from the story's time, not the reference date
                if (ahead && Tense.of(analyzed.sentenceAt(m.start()), m.start()) == Tense.PAST) continue;
                LocalDate first = ahead ? reference.plusDays(1) : plus(reference, -n, unit);
                LocalDate end = ahead ? plus(first, n, unit) : reference;
                int close = m.end();
                // "the last 3 months and 2 weeks and 2 days": smaller units add to the period
                LocalDate longFirst = first;
                LocalDate longEnd = end;
                for (Matcher more = MORE_COUNT.matcher(text); more.region(close, text.length()).lookingAt(); ) {
                    Long n2 = count(more.group("n"));
                    String unit2 = unit(more.group("unit"));
                    if (n2 == null || UNITS.indexOf(unit2) <= UNITS.indexOf(unit)) break;
                    if (ahead) longEnd = plus(longEnd, n2, unit2);
                    else longFirst = plus(longFirst, -n2, unit2);
                    unit = unit2;
                    close = more.end();
                }
                // "the last 3 months and 2 days ago they found it": the counted units belong to "ago"
                if (close > m.end() && !ANCHORED_AFTER.matcher(text).region(close, text.length()).lookingAt()) {
                    add(m.start(), close, Timex.day(longFirst), Timex.day(longEnd), null);
                } else {
                    add(m.start(), m.end(), Timex.day(first), Timex.day(end), null);
                }
            }
        }
        // "the next 4 business days": Monday to Friday, the first after the reference date, or the last before it
        for (Matcher m : SkippingMatcher.matches(BUSINESS_DAYS, text)) {
            Long n = count(m.group("n"));
            if (n == null || n > 400) continue;
            boolean ahead = m.group("rel").toLowerCase(Locale.ROOT).matches("next|coming");
            if (ahead && Tense.of(analyzed.sentenceAt(m.start()), m.start()) == Tense.PAST) continue;
            LocalDate day = reference;
            for (long counted = 0; counted < n; ) {
                day = day.plusDays(ahead ? 1 : -1);
                if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) counted++;
            }
            LocalDate first = ahead ? reference.plusDays(1) : day;
            LocalDate end = ahead ? day.plusDays(1) : reference;
            add(m.start(), m.end(), Timex.day(first), Timex.day(end), null);
        }
        for (Matcher m : SkippingMatcher.matches(YEAR_TO_DATE, text)) {
            add(m.start(), m.end(), Timex.day(reference.withDayOfYear(1)), Timex.day(reference), null);
        }
        for (Matcher m : SkippingMatcher.matches(COUNT_STARTING, text)) {
            DatePoint from = pointAt(m.end());
            if (from == null && m.group("for") != null) from = basePointAt(m.end()); // "for 3 days from today"
            Long n = count(m.group("n"));
            boolean starting = !m.group("how").equalsIgnoreCase("from");
            if (from == null || n == null || from.grain() != DatePoint.Grain.DAY || !starting && m.group("for") == null) continue;
            Matcher to = SEPARATOR.matcher(text).region(from.end(), text.length());
            if (to.lookingAt() && rangeEnd(to.end()) != null) continue; // "for two days from Tuesday to Thursday"
            add(m.start(), from.end(), Timex.day(from.first()), Timex.day(plus(from.first(), n, unit(m.group("unit")))), null);
        }
        for (Matcher m : SkippingMatcher.matches(WITHIN, text)) {
            Long n = count(m.group("n"));
            // "was fired within six months" counts from the story's time; a promise counts from the reference date
            if (n == null || Tense.of(analyzed.sentenceAt(m.start()), m.start()) == Tense.PAST) continue;
            add(m.start(), m.end(), Timex.day(reference), Timex.day(plus(reference, n, unit(m.group("unit")))), null);
        }
        for (Matcher m : SkippingMatcher.matches(EDGE_OF, text)) {
            DatePoint of = pointAt(m.end());
            Long n = count(m.group("n"));
            if (of == null || n == null || of.grain() != DatePoint.Grain.YEAR && of.grain() != DatePoint.Grain.MONTH) continue;
            String unit = unit(m.group("unit"));
            boolean weeks = unit.equals("week") || unit.equals("fortnight");
            boolean first = m.group("edge").equalsIgnoreCase("first");
            LocalDate start;
            LocalDate end;
            if (first) {
                start = weeks ? firstWeek(of) : of.first();
                end = plus(start, n, unit);
            } else {
                end = weeks ? lastWeek(of).plusWeeks(1) : of.next();
                start = plus(end, -n, unit);
            }
            add(m.start(), of.end(), Timex.day(start), Timex.day(end), null);
        }
    }

    /** "last quarter", "this quarter", "the next two quarters": calendar quarters around the reference date. */
    private void quarters() {
        for (Matcher m : SkippingMatcher.matches(QUARTERS, text)) {
            Long n = m.group("n") == null ? Long.valueOf(1) : count(m.group("n"));
            boolean plural = m.group("unit").toLowerCase(Locale.ROOT).endsWith("s");
            if (n == null || plural != (m.group("n") != null) || n < 1 || n > 40) continue;
            LocalDate current = reference.withDayOfMonth(1).withMonth(3 * (reference.get(IsoFields.QUARTER_OF_YEAR) - 1) + 1);
            LocalDate start = switch (m.group("rel").toLowerCase(Locale.ROOT)) {
                case "this", "current" -> current;
                case "next", "coming", "following" -> current.plusMonths(3);
                default -> current.minusMonths(3 * n);
            };
            if (m.group("rel").toLowerCase(Locale.ROOT).matches("this|current") && n != 1) continue;
            if (n == 1) {
                add(m.start(), m.end(), new DatePoint(m.start(), m.end(), start, DatePoint.Grain.QUARTER, true).timex(), null, null);
            } else {
                add(m.start(), m.end(), Timex.day(start), Timex.day(start.plusMonths(3 * n)), null);
            }
        }
    }

    // ---- weekends, working weeks, "to date" -------------------------------------------------------

    /**
     * "Labor Day weekend", "Thanksgiving 2023 weekend", "the weekend of Halloween": the weekend a named
     * day falls on or next to (a Monday holiday closes the weekend before it, a Thursday or Friday one
     * opens the weekend after). A Tuesday or Wednesday has no weekend of its own: silent.
     */
    private void weekends() {
        for (Reading reading : new ArrayList<>(points.values())) {
            DatePoint day = reading.point();
            if (day.grain() != DatePoint.Grain.DAY) continue;
            Matcher after = WEEKEND_AFTER.matcher(text).region(day.end(), text.length());
            if (!after.lookingAt() || !namesDay(day)) continue;
            String year = after.group("year") != null ? after.group("year") : after.group("after");
            String words = text.substring(day.start(), day.end());
            LocalDate date = day.first();
            if (year != null) {
                if (words.matches("(?s).*\\d{4}.*") || after.group("year") != null && after.group("after") != null) continue; // "Christmas 2019 2020 weekend"
                date = inYear(words, date, Integer.parseInt(year));
                if (date == null) continue;
            } else if (reading.composed() && !day.hasYear()) {
                LocalDate nearest = date;
                date = byTense(day.start(), nearest, y -> inYear(words, nearest, y));
                if (date == null) continue;
            }
            weekend(day.start(), after.end(), date);
        }
        // "Labor Day weekend" (the first Monday of September), "Memorial Day weekend" (the last Monday of May):
        // American long weekends; "Labor Day" alone may be 1 May elsewhere, so it is read only with "weekend".
        for (Matcher m : SkippingMatcher.matches(US_LONG_WEEKEND, text)) {
            if (m.group("year") != null && m.group("after") != null) continue;
            var inYear = Holidays.dateIn(m.group("name").toLowerCase(Locale.ROOT) + " day");
            String year = m.group("year") != null ? m.group("year") : m.group("after");
            LocalDate day = null;
            if (year != null) {
                day = inYear.apply(Integer.parseInt(year));
            } else {
                for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
                    LocalDate candidate = inYear.apply(y);
                    if (day == null || Math.abs(candidate.toEpochDay() - reference.toEpochDay())
                            < Math.abs(day.toEpochDay() - reference.toEpochDay())) day = candidate;
                }
            }
            if (year == null) day = byTense(m.start(), day, inYear);
            if (day != null) weekend(m.start(), m.end(), day);
        }
        for (Matcher m : SkippingMatcher.matches(WEEKEND_OF, text)) {
            DatePoint day = pointAt(m.end());
            if (day != null && day.grain() == DatePoint.Grain.DAY && namesDay(day)) weekend(m.start(), day.end(), day.first());
        }
    }

    /** A named day in another year: a holiday by its rule (Thanksgiving moves), a month and day as is. */
    private LocalDate inYear(String words, LocalDate date, int year) {
        return Holidays.isName(words) ? Holidays.dayIn(words, year) : date.withYear(year); // null: Eid twice that year
    }

    /**
     * The occurrence of a yearless day the clause points to: the latest before the reference date in
     * the past tense, the first after it in the future tense; null (silent) when the tense is not clear.
     * One within six weeks of the reference date is that one ("have been mobilized for the New Year's
     * weekend", written on 30 December).
     */
    private LocalDate byTense(int at, LocalDate nearest, java.util.function.IntFunction<LocalDate> inYear) {
        if (Math.abs(nearest.toEpochDay() - reference.toEpochDay()) <= 42) return nearest;
        Tense tense = Tense.of(analyzed.sentenceAt(at), at);
        if (tense == Tense.UNKNOWN) return null;
        LocalDate day = nearest;
        if (tense == Tense.PAST && day.isAfter(reference)) day = inYear.apply(day.getYear() - 1);
        if (tense == Tense.FUTURE && day.isBefore(reference)) day = inYear.apply(day.getYear() + 1);
        return day;
    }

    private void weekend(int start, int end, LocalDate day) {
        LocalDate saturday = switch (day.getDayOfWeek()) {
            case SATURDAY -> day;
            case SUNDAY -> day.minusDays(1);
            case MONDAY -> day.minusDays(2);
            case FRIDAY -> day.plusDays(1);
            case THURSDAY -> day.plusDays(2);
            default -> null;
        };
        if (saturday != null) add(start, end, Timex.week(saturday) + "-WE", null, null);
    }

    /** A day named by a holiday or a month ("Labor Day", "July 4"), not a bare weekday ("Saturday weekend"). */
    private boolean namesDay(DatePoint day) {
        String words = text.substring(day.start(), day.end());
        return BARE_MONTH.matcher(words).find() || !Holidays.find(words, reference).isEmpty();
    }

    /** "this working week", "next workweek" (the week, Monday to Friday), "last calendar year". */
    private void workingWeeks() {
        for (Matcher m : SkippingMatcher.matches(WORKING_WEEK, text)) {
            int shift = switch (m.group("rel").toLowerCase(Locale.ROOT)) {
                case "last", "previous" -> -1;
                case "next", "coming" -> 1;
                default -> 0;
            };
            String value = m.group("week") != null ? Timex.week(reference.plusWeeks(shift)) : Timex.year(reference.getYear() + shift);
            add(m.start(), m.end(), value, null, null);
        }
    }

    /**
     * "by the end of the year", "end of month": the current year, month or week (TimeML gives "the end of
     * the year" the year's value, marked END). A past-tense clause may mean the story's year: silent.
     */
    private void endsOfCurrentPeriods() {
        for (Matcher m : SkippingMatcher.matches(END_OF_CURRENT, text)) {
            if (overlapsPoint(m.start(), m.end()) && points.get(m.start()) == null
                    || Tense.of(analyzed.sentenceAt(m.start()), m.start()) == Tense.PAST) continue;
            String value = switch (m.group("unit").toLowerCase(Locale.ROOT)) {
                case "year" -> Timex.year(reference.getYear());
                case "month" -> String.format("%04d-%02d", reference.getYear(), reference.getMonthValue());
                default -> Timex.week(reference);
            };
            add(m.start(), m.end(), value, null, null);
        }
    }

    /** "the most sold to date", "till date": up to the present ("up to date" and "to date her" are not). */
    private void toDate() {
        for (Matcher m : SkippingMatcher.matches(TO_DATE_ALONE, text)) {
            if (UP_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) continue;
            if (overlapsPoint(m.start(), m.end())) continue;
            add(m.start(), m.end(), "PRESENT_REF", null, null);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** Adds a point in place of those it overlaps (points never overlap, so only neighbours are looked at). */
    private void put(Reading reading) {
        DatePoint p = reading.point();
        var before = points.lowerEntry(p.start());
        if (before != null && before.getValue().point().end() > p.start()) points.remove(before.getKey());
        points.subMap(p.start(), true, p.end(), false).clear();
        points.put(p.start(), reading);
    }

    private void add(int start, int end, String value, String high, String arithmetic) {
        int trimmed = end;
        while (trimmed > start && (text.charAt(trimmed - 1) == ',' || Character.isWhitespace(text.charAt(trimmed - 1)))) trimmed--;
        boolean fullStop = trimmed == text.length() || Character.isWhitespace(text.charAt(trimmed));
        if (trimmed - start > 1 && text.charAt(trimmed - 1) == '.' && fullStop) trimmed--;
        results.add(start, trimmed, new ComposedTime(ClaimType.DATE, start, trimmed, text.substring(start, trimmed), value, high, arithmetic));
    }

    /** The base scan's point that begins at an offset (leading spaces skipped), or null. */
    private DatePoint basePointAt(int offset) {
        int at = offset;
        while (at < text.length() && text.charAt(at) == ' ') at++;
        return basePoints.get(at);
    }

    /** A yearless holiday only the composer read ("5 days before new year"): the one the clause's tense points to. */
    private DatePoint holidayByTense(DatePoint point) {
        Reading reading = point == null ? null : points.get(point.start());
        if (reading == null || !reading.composed() || point.hasYear() || point.grain() != DatePoint.Grain.DAY) return point;
        String words = text.substring(point.start(), point.end());
        if (!Holidays.isName(words)) return point;
        LocalDate day = byTense(point.start(), point.first(), y -> inYear(words, point.first(), y));
        return day == null ? null : DatePoint.day(point.start(), point.end(), day, false);
    }

    /** The point that begins at an offset (leading spaces skipped), or null. */
    private DatePoint pointAt(int offset) {
        int at = offset;
        while (at < text.length() && text.charAt(at) == ' ') at++;
        Reading reading = points.get(at);
        return reading == null ? null : reading.point();
    }

    private DatePoint pointOrBareMonth(int offset) {
        DatePoint point = pointAt(offset);
        if (point != null) return point;
        DatePoint month = bareMonth(offset, reference.getYear());
        return month == null ? null : new DatePoint(month.start(), month.end(), month.first(), month.grain(), true);
    }

    private boolean overlapsPoint(int start, int end) {
        var floor = points.floorEntry(end - 1);
        for (var e = floor; e != null; e = points.lowerEntry(e.getKey())) {
            DatePoint p = e.getValue().point();
            if (p.end() > start) return true;
            if (e.getKey() < start - 200) break;
        }
        return false;
    }

    private static DayOfWeek weekday(String word) {
        String key = word.substring(0, 3).toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) if (day.name().startsWith(key)) return day;
        throw new IllegalArgumentException(word);
    }

    private static Long count(String words) {
        String lower = words.toLowerCase(Locale.ROOT);
        if (lower.contains("couple")) return 2L;
        var n = NumberWords.parse(lower);
        return n.isPresent() && n.getAsLong() > 0 && n.getAsLong() <= 1000 ? n.getAsLong() : null;
    }

    private static String unit(String plural) {
        String lower = plural.toLowerCase(Locale.ROOT);
        return lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static LocalDate plus(LocalDate date, long n, String unit) {
        return switch (unit) {
            case "day" -> date.plusDays(n);
            case "week" -> date.plusWeeks(n);
            case "fortnight" -> date.plusWeeks(2 * n);
            case "month" -> date.plusMonths(n);
            case "year" -> date.plusYears(n);
            default -> throw new IllegalArgumentException(unit);
        };
    }
}
