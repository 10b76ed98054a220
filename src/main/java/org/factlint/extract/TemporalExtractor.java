package org.factlint.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factlint.nlp.AnalyzedText;
import org.factlint.nlp.Sentence;
import org.factlint.nlp.Token;

/**
 * Finds time expressions and normalizes them to TIMEX3 values against the reference date.
 * Every pattern is a plain regular expression without nested quantifiers, so matching stays
 * linear in the input; overlapping candidates are settled by {@link Candidates} (longest wins).
 */
final class TemporalExtractor {
    /** A capitalized month name or its abbreviation, in group "month". */
    static final String MONTH = "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final String WEEKDAY = "(?<wd>" + CalendarNames.WEEKDAYS + ")";
    /** A weekday before a date, perhaps abbreviated ("Fri, Jul 18"); not "Sun", which is also a newspaper. */
    private static final String DATE_WEEKDAY = "(?<wd>" + CalendarNames.WEEKDAYS
            + "|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat)\\b\\.?)";
    /**
     * A day of the month: not the minutes of "00:00 Nov. 25", part of a longer number, nor an amount
     * ("$12 December 27" is the amount $12 and December 27).
     */
    private static final String DAY = "(?<![\\d.,$£€¥])(?<!\\d:)(?<![$£€¥]\\s)(?<day>[0-3]?\\d)(?:st|nd|rd|th)?";
    /** Not the tail of a figure: "built more than 1,300 years ago" is no "300 years ago". */
    private static final String COUNT = "(?<n>(?<!\\d[,.])\\d{1,3}|" + NumberWords.PATTERN + ")";
    private static final String UNIT = "(?<unit>years?|months?|fortnights?|weeks?|days?|decades?|centur(?:y|ies))";

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(?:" + DATE_WEEKDAY + ",?\\s+(?:the\\s+)?)?" + DAY + "\\s+(?:of\\s+)?" + MONTH + "\\b\\.?(?:,?\\s+(?<year>\\d{4})\\b)?");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(?:" + DATE_WEEKDAY + ",?\\s+)?" + MONTH + "\\b\\.?\\s+" + DAY + "\\b(?:,?\\s+(?<year>\\d{4})\\b)?");
    /** "on Tuesday (4 June)": a weekday restated as a date in brackets. */
    private static final Pattern WEEKDAY_BRACKET_DATE = Pattern.compile(
            "\\b" + WEEKDAY + "\\s*\\(\\s*" + DAY + "\\s+(?:of\\s+)?" + MONTH + "\\b\\.?(?:,?\\s+(?<year>\\d{4}))?\\s*\\)");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + "\\b\\.?,?\\s+(?:of\\s+)?(?<year>\\d{4})\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(?<year>\\d{4})-(?<m>[01]\\d)-(?<d>[0-3]\\d)\\b");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b(?<a>[0-3]?\\d)/(?<b>[0-3]?\\d)/(?<year>\\d{4})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?<year>1\\d{3}|20\\d{2})\\b");
    /**
     * "the 1990s", "the mid-1980s"; "1990 s" as tokenised text writes it; "in the 1990's" (after "the" only:
     * "1990's recession" is that year's).
     */
    private static final Pattern DECADE = Pattern.compile("(?i)\\b(?:(?<the>the)\\s+)?(?:(?<part>early|mid|late)[- ]?)?"
            + "(?<decade>1\\d\\d|20\\d)0(?<s>s| s|['’]s)\\b");
    private static final Pattern AGO = Pattern.compile("(?i)\\b" + COUNT + "[\\s-]+" + UNIT + "\\s+ago\\b");
    private static final Pattern RELATIVE = Pattern.compile(
            "(?i)\\b(?<rel>last|next|this|coming)\\s+(?<unit>year|month|week|weekend|" + WEEKDAY + ")\\b");
    /**
     * "previous Monday", "following Friday", "this upcoming Friday": counted from the reference date
     * like "last" and "next". After "the" they count from a day of the story instead; not read here.
     */
    private static final Pattern RELATIVE_WEEKDAY = Pattern.compile(
            "(?i)(?<!\\bthe\\s)\\b(?:(?<on>on)\\s+)?(?<rel>previous|following|(?:this\\s+)?upcoming|this\\s+coming)\\s+"
            + WEEKDAY + "\\b(?!['’]s\\b)");
    private static final Pattern PART_OF = Pattern.compile(
            "(?i)\\b(?<when>earlier|later)\\s+(?:this\\s+(?<unit>year|month|week)|in\\s+the\\s+(?<week>week))\\b(?![-'’])");
    /** "the rest of the week", "the remainder of this year": from the reference date to the period's end. */
    private static final Pattern REST_OF = Pattern.compile(
            "(?i)\\bthe\\s+(?:rest|remainder)\\s+of\\s+(?:the|this)\\s+(?<unit>year|month|week)\\b(?![-'’]|\\s+(?:of|before|after|ended|ending)\\b|\\s*,?\\s*\\d)");
    private static final Pattern DEICTIC = Pattern.compile("(?i)\\b(?<word>yesterday|today|tomorrow|tonight|now)\\b");
    private static final Pattern BARE_WEEKDAY = Pattern.compile("\\b" + WEEKDAY + "(?<plural>s)?\\b");
    /**
     * "Tue", "Thurs.": abbreviations that are no English word, read like the full name (the dot is left out of
     * the span). "Mon", "Wed", "Fri", "Sat" and "Sun" are also words, a people and newspapers: read only in a
     * list of weekdays ("Mon or Tue", "Sat and Sun").
     */
    private static final Pattern ABBREVIATED_WEEKDAY = Pattern.compile("\\b(?<wd>Tues?|Thu(?:rs?)?|Mon|Wed|Fri|Sat|Sun)\\b(?![-'’&/]\\w)");
    private static final String ANY_WEEKDAY = "(?:" + CalendarNames.WEEKDAYS + "|Tues?|Thu(?:rs?)?|Mon|Wed|Fri|Sat|Sun)\\b";
    private static final Pattern LISTED_BEFORE = Pattern.compile("\\b" + ANY_WEEKDAY + "\\.?\\s*(?:,|/|&|\\bor\\b|\\band\\b)\\s*$");
    private static final Pattern LISTED_AFTER = Pattern.compile("\\.?\\s*(?:,|/|&|or\\b|and\\b)\\s*" + ANY_WEEKDAY);
    /** "Minh Thu", "Thu Trang", "Tue Greenfort": Vietnamese and Danish names beside another capitalized word. */
    private static final Pattern NAME_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}'’-]*[ \\t]+$");
    private static final Pattern NAME_AFTER = Pattern.compile("[ \\t]+\\p{Lu}");
    /** "on monday": a weekday in lower case, read only after "on" (lower-case names are rare in news). */
    private static final Pattern ON_LOWER_WEEKDAY = Pattern.compile(
            "\\b[Oo]n\\s+" + WEEKDAY.toLowerCase(Locale.ROOT) + "(?<plural>s)?\\b");
    private static final Pattern DURATION = Pattern.compile(
            "(?i)\\b(?:(?<prep>for|over|in|during|within|after)\\s+(?:the\\s+(?:past|last|next|first)\\s+)?)?"
            + COUNT + "[\\s-]" + "(?<unit>years?|months?|fortnights?|weeks?|days?|decades?|hours?|minutes?|quarters?)(?<old>-old)?\\b");
    /** "may one day help", "hopes to one day fly": some day in the future (TimeBank: FUTURE_REF), not a day long. */
    private static final Pattern MODAL_BEFORE = Pattern.compile(
            "(?i)\\b(?:may|might|will|would|could|can|should|must|shall|(?:hopes?|hoped|hoping|wants?|wanted|dreams?|dreamed|aims?|aimed)\\s+to)"
            + "\\s+(?:(?:also|still|yet|even|perhaps|possibly|eventually|really|indeed)\\s+)?$");
    /**
     * Names, not lengths: one-day cricket ("a one-day international", "his one-day century", "a one-day recall"),
     * the Six-Day War; and a story's "One day" opening a sentence ("One day the debris could form planets").
     */
    private static final Pattern NAMED_LENGTH = Pattern.compile("(?i)one-day\\s+(?:internationals?|series|centur(?:y|ies)|hundreds?|"
            + "squads?|sides?|teams?|recall|captain(?:cy)?|debut|format|rankings?|specialists?|cricket|cup)\\b"
            + "|(?-i:[A-Z][a-z]+-Day\\s+War)\\b|(?-i:One\\s+day)(?!,?\\s+(?:after|later|before|earlier|of|ago|into|is|was|will|would|'s)\\b)");
    /** "a year-end conference", "a 17-year- old girl" (an age). */
    private static final Pattern NOT_A_DURATION_AFTER = Pattern.compile("(?i)-\\s*end\\b|-\\s+old\\b");
    private static final Pattern CENTURY = Pattern.compile("(?i)\\bthe\\s+(?<ord>\\d{1,2})(?:st|nd|rd|th)\\s+century\\b");

    /** "in the 1990's", "during the 1980's": a time, so "1990's" is the decade. */
    private static final Pattern DECADE_CUE_BEFORE = Pattern.compile(
            "(?i)\\b(?:in|during|since|through|throughout|until|till|by|from|of|to|into|over|before|after)\\s+$");
    /** Words before a 4-digit number that make it a year even outside 1900-2099. */
    private static final Pattern YEAR_CUE_BEFORE = Pattern.compile(
            "(?i)\\b(?:in|since|by|from|until|till|of|before|after|circa|year|during|between|and|to)\\s+$");
    /** Words after which a 4-digit number is a year even before a plural noun ("in 2019 prices", "the 2019 elections"). */
    private static final Pattern STRONG_YEAR_CUE_BEFORE = Pattern.compile(
            "(?i)\\b(?:in|since|until|till|before|after|circa|year|during|the|its|their|his|her)\\s+$");
    /** Words before a 4-digit number that make it a name or a count, not a year. */
    private static final Pattern NOT_YEAR_BEFORE = Pattern.compile(
            "(?:[$£€¥₹#]\\s?|(?i:\\b(?:no\\.?|number|article|section|page|chapter|room|flight|route|resolution|boeing|"
            + "airbus|windows|model|version|paragraph|clause|rule|item|part)\\s+))$");
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+([A-Za-z']+)");
    private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe\\s+$");
    /** "told the Sunday Times", "The Sunday Mirror reported": a newspaper's name, not a day. */
    private static final Pattern NEWSPAPER_AFTER = Pattern.compile("[ \\t]+(?:Times|Telegraph|Mirror|Express|Herald|Post|Tribune"
            + "|Independent|Observer|Mail|Star|Sport|People|Age|Standard|Nation|News|Business|Review)\\b");
    /** "from 1800 GMT", "at 0600 hours": a 24-hour clock time, not a year. */
    private static final Pattern CLOCK_ZONE_AFTER = Pattern.compile(
            "[ \\t]*(?:(?:GMT|UTC|[ECMP][SD]T)\\b|(?i:hours|hrs|local[ \\t]+time)\\b)");
    private static final Set<String> PLURAL_WITHOUT_S = Set.of("people", "police", "staff", "personnel", "children",
            "men", "women", "cattle", "sheep", "fish", "feet", "teeth", "mice", "geese", "persons", "crew");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private final boolean dayFirst;

    /** @param dayFirst how to read 03/04/2025: true for en-GB (3 April), false for en-US (4 March) */
    TemporalExtractor(boolean dayFirst) {
        this.dayFirst = dayFirst;
    }

    List<TemporalClaim> extract(AnalyzedText analyzed, LocalDate reference) {
        return extract(analyzed, reference, new ArrayList<>());
    }

    /** @param notes receives the weekdays written with dates and the dates that cannot exist */
    List<TemporalClaim> extract(AnalyzedText analyzed, LocalDate reference, List<CalendarNote> notes) {
        String text = analyzed.text();
        Candidates<TemporalClaim> found = new Candidates<>();
        TemporalContext context = new TemporalContext(analyzed, reference, notes);
        TemporalScan.scanDates(WEEKDAY_BRACKET_DATE, text, found, m -> fullDate(context, m, true));
        TemporalScan.scanDates(DAY_MONTH_YEAR, text, found, m -> fullDate(context, m, true));
        TemporalScan.scanDates(MONTH_DAY_YEAR, text, found, m -> fullDate(context, m, false));
        TemporalScan.scan(MONTH_YEAR, text, found, m -> monthYear(context, m));
        TemporalScan.scan(ISO_DATE, text, found, m -> isoDate(context, m));
        TemporalScan.scan(NUMERIC_DATE, text, found, m -> numericDate(context, m));
        TemporalScan.scan(YEAR, text, found, m -> year(context, m));
        TemporalScan.scan(DECADE, text, found, m -> decade(context, m));
        TemporalScan.scan(CENTURY, text, found, m -> century(context, m));
        TemporalScan.scan(AGO, text, found, m -> ago(context, m));
        TemporalScan.scan(RELATIVE, text, found, m -> relative(context, m));
        TemporalScan.scan(RELATIVE_WEEKDAY, text, found, m -> {
            // "following Friday's raid", "prices fell following Monday": "following" is "after" unless "on" precedes it
            boolean after = m.group("rel").equalsIgnoreCase("following") && m.group("on") == null;
            return after ? null : relative(context, m);
        });
        TemporalScan.scan(PART_OF, text, found, m -> partOf(context, m));
        TemporalScan.scan(REST_OF, text, found, m -> restOf(context, m));
        TemporalScan.scan(DEICTIC, text, found, m -> deictic(context, m));
        TemporalScan.scan(BARE_WEEKDAY, text, found, m -> weekday(context, m));
        TemporalScan.scan(ON_LOWER_WEEKDAY, text, found, m -> weekday(context, m));
        TemporalScan.scan(ABBREVIATED_WEEKDAY, text, found, m -> abbreviatedWeekday(context, m));
        DaysOfMonth.scanInto(context, found, dayFirst);
        TemporalScan.scan(DURATION, text, found, m -> duration(context, m));
        AnotherDurations.scanInto(context, found);
        PeriodRecognizers.scanInto(context, found);
        List<TemporalClaim> selected = new ArrayList<>();
        for (TemporalClaim claim : found.selectLongest()) {
            if (claim.value() != null) selected.add(withPartOfDay(context, claim));
        }
        return selected;
    }

    private static final Pattern PART_OF_DAY = Pattern.compile("(?i)\\s+(morning|afternoon|evening|night)\\b");

    /** "Wednesday night", "yesterday morning": the day becomes a time of that day (TIMEX3 TNI, TMO ...). */
    private static TemporalClaim withPartOfDay(TemporalContext c, TemporalClaim claim) {
        if (claim.type() != ClaimType.DATE || !claim.value().matches("\\d{4}-\\d{2}-\\d{2}")) return claim;
        Matcher m = PART_OF_DAY.matcher(c.analyzed().text()).region(claim.end(), c.analyzed().text().length());
        if (!m.lookingAt()) return claim;
        String part = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "morning" -> "TMO";
            case "afternoon" -> "TAF";
            case "evening" -> "TEV";
            default -> "TNI";
        };
        TemporalClaim time = c.claim(ClaimType.TIME, claim.start(), m.end(), claim.value() + part, claim.interval(),
                claim.arithmetic());
        return time.withAnchor(claim.anchor());
    }

    private TemporalClaim fullDate(TemporalContext c, Matcher m, boolean dayFirstOrder) {
        int month = month(m.group("month"));
        int day = Integer.parseInt(m.group("day"));
        Integer year = m.group("year") == null ? null : Integer.valueOf(m.group("year"));
        DayOfWeek named = NumericDates.weekday(m.group("wd"));
        if (day < 1) return null;
        String problem = impossibility(year, month, day);
        if (problem != null) {
            c.notes().add(new CalendarNote(m.start(), m.end(), m.group(), null, named, problem));
            throw new DateTimeException(problem); // the scan holds the span with a placeholder
        }
        if (year == null && !dayFirstOrder && m.group("month").equals("May") && named == null
                && isSentenceStart(c, m.start())) {
            return null; // "May 5 ..." at a sentence start may be the verb; stay silent
        }
        LocalDate date = year != null ? LocalDate.of(year, month, day) : nearest(c.reference(), month, day, named);
        if (year == null && named == null) date = byTense(c, m.start(), date);
        TemporalClaim claim = c.claim(ClaimType.DATE, m.start(), m.end(), Timex.day(date), DateInterval.day(date), null);
        if (named != null) c.notes().add(new CalendarNote(claim.start(), claim.end(), claim.text(), date, named, null));
        return claim;
    }

    /** Why a day cannot exist ("April has 30 days", "2023 is not a leap year"), or null. */
    static String impossibility(Integer year, int month, int day) {
        java.time.Month m = java.time.Month.of(month);
        String name = m.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        if (day > m.maxLength()) return name + " has " + m.maxLength() + " days";
        if (year != null && month == 2 && day == 29 && !java.time.Year.isLeap(year)) {
            return year + " is not a leap year: February " + year + " has 28 days";
        }
        return null;
    }

    /** At the start of its sentence, perhaps after an opening quote ("``Today, I'm here to ..."). */
    private static boolean isSentenceStart(TemporalContext c, int offset) {
        int start = c.sentence(offset).start();
        return offset - start <= 3 && c.analyzed().text().substring(start, offset).matches("[\\s`'\"“‘(\\[]*");
    }

    /**
     * A day and month without a year: the occurrence nearest the reference date, among those that
     * fall on the weekday written with it, if any does.
     */
    static LocalDate nearest(LocalDate reference, int month, int day, DayOfWeek named) {
        LocalDate onWeekday = named == null ? null : nearestOn(reference, month, day, named);
        LocalDate any = onWeekday != null ? onWeekday : nearestOn(reference, month, day, null);
        if (any == null) throw new DateTimeException("no such day");
        return any;
    }

    /**
     * "since the Oct. 23 slaying", written in May: the nearest Oct. 23 lies ahead, but the clause is past.
     * The tense decides between this year's and last year's day once the nearest is over a month away;
     * closer than that, the nearest stands (a past tense a few days early is more likely loose wording).
     */
    static LocalDate byTense(TemporalContext c, int offset, LocalDate nearest) {
        LocalDate ref = c.reference();
        if (Math.abs(nearest.toEpochDay() - ref.toEpochDay()) <= 31) return nearest;
        Tense tense = tenseOfDay(c, offset, offset);
        if (tense == Tense.PAST && nearest.isAfter(ref)) return sameDayYearsAway(nearest, -1);
        if (tense == Tense.FUTURE && nearest.isBefore(ref)) return sameDayYearsAway(nearest, 1);
        return nearest;
    }

    /** The same month and day in the nearest year in that direction that has it: 29 February is four years away. */
    private static LocalDate sameDayYearsAway(LocalDate date, int direction) {
        for (int years = 1; years <= 8; years++) {
            LocalDate shifted = date.plusYears((long) years * direction);
            if (shifted.getDayOfMonth() == date.getDayOfMonth()) return shifted;  // plusYears clamps 29 Feb to 28
        }
        return date;
    }

    private static LocalDate nearestOn(LocalDate reference, int month, int day, DayOfWeek weekday) {
        LocalDate best = null;
        for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
            LocalDate candidate;
            try {
                candidate = LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                continue;
            }
            if (weekday != null && candidate.getDayOfWeek() != weekday) continue;
            if (best == null || Math.abs(candidate.toEpochDay() - reference.toEpochDay())
                    < Math.abs(best.toEpochDay() - reference.toEpochDay())) {
                best = candidate;
            }
        }
        return best;
    }

    private TemporalClaim monthYear(TemporalContext c, Matcher m) {
        YearMonth month = YearMonth.of(Integer.parseInt(m.group("year")), month(m.group("month")));
        return c.claim(ClaimType.DATE, m.start(), m.end(), Timex.month(month), DateInterval.month(month), null);
    }

    private TemporalClaim isoDate(TemporalContext c, Matcher m) {
        LocalDate date = LocalDate.of(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("m")),
                Integer.parseInt(m.group("d")));
        return c.claim(ClaimType.DATE, m.start(), m.end(), Timex.day(date), DateInterval.day(date), null);
    }

    private TemporalClaim numericDate(TemporalContext c, Matcher m) {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        boolean first = a > 12 || (b <= 12 && dayFirst);
        int day = first ? a : b;
        int month = first ? b : a;
        LocalDate date = LocalDate.of(Integer.parseInt(m.group("year")), month, day);
        return c.claim(ClaimType.DATE, m.start(), m.end(), Timex.day(date), DateInterval.day(date), null);
    }

    private TemporalClaim year(TemporalContext c, Matcher m) {
        String text = c.analyzed().text();
        int year = Integer.parseInt(m.group("year"));
        String before = text.substring(Math.max(0, m.start() - 24), m.start());
        if (NOT_YEAR_BEFORE.matcher(before).find()) return null;
        if (m.start() > 0 && ",.".indexOf(text.charAt(m.start() - 1)) >= 0 && m.start() > 1
                && Character.isDigit(text.charAt(m.start() - 2))) {
            return null; // part of 12,2019 or 3.2019
        }
        if (followedBy(text, m.end(), "%") || followedByDigitsAfter(text, m.end())) return null;
        if (CLOCK_ZONE_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) return null;
        if (year < 1900 && !YEAR_CUE_BEFORE.matcher(before).find()) return null;
        boolean strongCue = STRONG_YEAR_CUE_BEFORE.matcher(before).find();
        if (!strongCue && countsSomething(c, m.end())) return null; // "in 2019 prices rose" is still a year
        return c.claim(ClaimType.DATE, m.start(), m.end(), Timex.year(year), DateInterval.year(year), null);
    }

    private static boolean followedBy(String text, int end, String what) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        return text.startsWith(what, i);
    }

    /** "2,019", "2019.5", "2024-25", "2019/20": not a plain year. */
    private static boolean followedByDigitsAfter(String text, int end) {
        return end + 1 < text.length() && ",.-/–".indexOf(text.charAt(end)) >= 0 && Character.isDigit(text.charAt(end + 1));
    }

    /** "2000 soldiers" counts soldiers; "the 2019 invasion" is a year. */
    private static boolean countsSomething(TemporalContext c, int end) {
        // Cheap look at the next word first: only a word like "soldiers" or "people" needs the tagger.
        Matcher following = NEXT_WORD.matcher(c.analyzed().text()).region(end, c.analyzed().text().length());
        if (!following.lookingAt()) return false;
        String nextWord = following.group(1).toLowerCase(Locale.ROOT);
        if (!PLURAL_WITHOUT_S.contains(nextWord) && !(nextWord.length() > 3 && nextWord.endsWith("s"))) return false;
        Sentence sentence = c.sentence(end);
        int index = sentence.tokenAtOrAfter(end);
        if (index >= sentence.tokens().size()) return false;
        Token next = sentence.tokens().get(index);
        String word = next.text().toLowerCase(Locale.ROOT);
        if (PLURAL_WITHOUT_S.contains(word)) return true;
        return next.pos().startsWith("NOUN") && word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
                && !word.endsWith("'s");
    }

    private TemporalClaim decade(TemporalContext c, Matcher m) {
        if (m.group("s").length() == 2 && m.group("s").charAt(0) != ' ' && (m.group("the") == null
                || !DECADE_CUE_BEFORE.matcher(c.analyzed().text().substring(Math.max(0, m.start() - 16), m.start())).find())) {
            return null; // "the 1990's figures" may be that year's
        }
        int first = Integer.parseInt(m.group("decade")) * 10;
        DateInterval interval = DateInterval.years(first, first + 9);
        String part = m.group("part");
        if (part != null) {
            String lower = part.toLowerCase(Locale.ROOT);
            interval = switch (lower) {
                case "early" -> DateInterval.years(first, first + 4);
                case "late" -> DateInterval.years(first + 5, first + 9);
                default -> DateInterval.years(first + 2, first + 7);
            };
        }
        return c.claim(ClaimType.DATE, m.start(), m.end(), Timex.decade(first), interval, null);
    }

    private TemporalClaim century(TemporalContext c, Matcher m) {
        int ordinal = Integer.parseInt(m.group("ord"));
        if (ordinal < 1 || ordinal > 22) return null;
        int firstYear = (ordinal - 1) * 100;
        return c.claim(ClaimType.DATE, m.start(), m.end(), String.format("%02d", ordinal - 1),
                DateInterval.years(Math.max(1, firstYear), firstYear + 99), null);
    }

    private TemporalClaim ago(TemporalContext c, Matcher m) {
        long n = NumberWords.parse(m.group("n")).orElse(-1);
        if (n <= 0 || n > 500) return null;
        String unit = unit(m.group("unit"));
        LocalDate ref = c.reference();
        int amount = (int) n;
        if (unit.equals("fortnight")) { // "a fortnight ago" is two weeks ago
            unit = "week";
            amount *= 2;
        }
        String value;
        DateInterval interval;
        String arithmetic;
        switch (unit) {
            case "year" -> {
                ReportingPeriods.Quarter reported = amount == 1 ? c.periods().quarterAt(m.start()) : null;
                if (reported != null) {
                    // "profit rose from $2 million a year ago" in a quarterly report: the same quarter a year before
                    return c.claim(ClaimType.DATE, m.start(), m.end(), reported.yearBefore().value(), null, null);
                }
                LocalDate base = ref.minusYears(amount);
                value = Timex.year(base.getYear());
                // "three years ago" is said of anything from 2.5 to 3.5 years back.
                interval = new DateInterval(base.minusMonths(6), base.plusMonths(6));
                arithmetic = ref.getYear() + " - " + amount + " = " + base.getYear();
            }
            case "decade" -> {
                int year = ref.getYear() - 10 * amount;
                value = Timex.decade(year - year % 10);
                interval = DateInterval.years(year - 5, year + 5);
                arithmetic = ref.getYear() + " - " + (10 * amount) + " = " + year;
            }
            case "century" -> {
                return null;
            }
            case "month" -> {
                // A month, not a day: TimeBank tags all three of its "N months ago" so ("two months ago" on
                // 2000-01-28 is 1999-11), though Recognizers reads a day.
                LocalDate base = ref.minusMonths(amount);
                value = Timex.month(YearMonth.from(base));
                interval = new DateInterval(base.minusDays(15), base.plusDays(15));
                arithmetic = ref + " - " + amount + " month" + (amount == 1 ? "" : "s") + " = " + value;
            }
            case "week" -> {
                LocalDate base = ref.minusWeeks(amount);
                value = Timex.week(base);
                interval = new DateInterval(base.minusDays(3), base.plusDays(3));
                arithmetic = ref + " - " + amount + " week" + (amount == 1 ? "" : "s") + " = " + value;
            }
            default -> {
                LocalDate base = ref.minusDays(amount);
                value = Timex.day(base);
                interval = DateInterval.day(base);
                arithmetic = ref + " - " + amount + " day" + (amount == 1 ? "" : "s") + " = " + value;
            }
        }
        return c.claim(ClaimType.DATE, m.start(), m.end(), value, interval, arithmetic);
    }

    private TemporalClaim relative(TemporalContext c, Matcher m) {
        String rel = m.group("rel").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        LocalDate ref = c.reference();
        if (m.group("wd") != null) return relativeWeekday(c, m, rel, DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT)));
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        // "the last year" is the past twelve months ("over the last year") or a final one ("2012, the last year
        // covered by the rules"), not the previous calendar year
        if (rel.equals("last") && THE_BEFORE.matcher(c.analyzed().text()).region(Math.max(0, m.start() - 5), m.start()).find()) {
            return null;
        }
        int shift = switch (rel) {
            case "last" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
        };
        return switch (unit) {
            case "year" -> {
                int year = ref.getYear() + shift;
                yield c.claim(ClaimType.DATE, m.start(), m.end(), Timex.year(year), DateInterval.year(year),
                        shift == 0 ? null : ref.getYear() + (shift < 0 ? " - 1 = " : " + 1 = ") + year);
            }
            case "month" -> {
                YearMonth month = YearMonth.from(ref).plusMonths(shift);
                yield c.claim(ClaimType.DATE, m.start(), m.end(), Timex.month(month), DateInterval.month(month),
                        shift == 0 ? null : YearMonth.from(ref) + (shift < 0 ? " - 1 month = " : " + 1 month = ") + month);
            }
            case "week", "weekend" -> {
                LocalDate inWeek = ref.plusWeeks(shift);
                LocalDate monday = inWeek.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                String value = Timex.week(inWeek) + (unit.equals("weekend") ? "-WE" : "");
                yield c.claim(ClaimType.DATE, m.start(), m.end(), value, new DateInterval(monday, monday.plusDays(6)), null);
            }
            default -> null;
        };
    }

    /**
     * "last Wednesday" is the latest Wednesday before the reference date, unless that is yesterday:
     * yesterday is "yesterday" or plain "Wednesday", so "last Wednesday" on a Thursday is the one of
     * the week before ("last Wednesday" on Nov. 17 for the Nov. 9 vote; "last Thursday" on a Saturday
     * is two days back). Likewise "next Friday" on a Thursday is the Friday of next week, and on a
     * Monday the coming one. "Previous" is always the week before (it is said only of weeks). The
     * claim's interval keeps both readings wherever they differ: nothing is checked against the
     * guess. "Coming" and "upcoming" are the first such day ahead.
     */
    private static TemporalClaim relativeWeekday(TemporalContext c, Matcher m, String rel, DayOfWeek day) {
        LocalDate ref = c.reference();
        LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate inWeek = monday.plusDays(day.getValue() - 1L);
        LocalDate date;
        LocalDate other;
        switch (rel) {
            case "last", "previous" -> {
                // ambiguous within this week and for yesterday (also across a week's end: "last Sunday" on a Monday)
                LocalDate nearest = ref.with(TemporalAdjusters.previous(day));
                boolean yesterday = nearest.equals(ref.minusDays(1));
                boolean ambiguous = !nearest.isBefore(monday) || yesterday;
                boolean weekBefore = rel.equals("previous") ? !nearest.isBefore(monday) : yesterday;
                date = weekBefore ? nearest.minusWeeks(1) : nearest;
                other = ambiguous ? (weekBefore ? nearest : nearest.minusWeeks(1)) : date;
            }
            case "next", "following" -> {
                LocalDate nearest = ref.with(TemporalAdjusters.next(day));
                boolean tomorrow = nearest.equals(ref.plusDays(1));
                boolean ambiguous = nearest.isBefore(monday.plusWeeks(1)) || tomorrow;
                boolean weekAfter = rel.equals("following") ? nearest.isBefore(monday.plusWeeks(1)) : tomorrow;
                date = weekAfter ? nearest.plusWeeks(1) : nearest;
                other = ambiguous ? (weekAfter ? nearest : nearest.plusWeeks(1)) : date;
            }
            case "this" -> {
                date = inWeek;
                other = inWeek;
            }
            default -> { // coming, upcoming
                date = ref.with(TemporalAdjusters.next(day));
                other = date;
            }
        }
        DateInterval interval = date.isBefore(other) ? new DateInterval(date, other) : new DateInterval(other, date);
        return c.claim(ClaimType.DATE, m.start("rel"), m.end(), Timex.day(date), interval,
                rel + " " + m.group("wd") + " from " + ref + " = " + date);
    }

    private TemporalClaim partOf(TemporalContext c, Matcher m) {
        boolean earlier = m.group("when").equalsIgnoreCase("earlier");
        String unit = (m.group("unit") != null ? m.group("unit") : m.group("week")).toLowerCase(Locale.ROOT);
        return partOfPeriod(c, m, unit, earlier);
    }

    /**
     * "for the rest of the year": the reference date to the year's end. A past-tense clause may tell of
     * the story's year or month ("he spent the rest of the year in hospital"): silent there. The rest of
     * the week is this week's in any tense ("trading was thin for the rest of the week").
     */
    private TemporalClaim restOf(TemporalContext c, Matcher m) {
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        if (!unit.equals("week") && Tense.of(c.sentence(m.start()), m.start()) == Tense.PAST) return null;
        return partOfPeriod(c, m, unit, false);
    }

    private static TemporalClaim partOfPeriod(TemporalContext c, Matcher m, String unit, boolean earlier) {
        LocalDate ref = c.reference();
        LocalDate periodStart = switch (unit) {
            case "year" -> ref.withDayOfYear(1);
            case "month" -> ref.withDayOfMonth(1);
            default -> ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        };
        LocalDate periodEnd = switch (unit) {
            case "year" -> ref.with(TemporalAdjusters.lastDayOfYear());
            case "month" -> ref.with(TemporalAdjusters.lastDayOfMonth());
            default -> periodStart.plusDays(6);
        };
        String value = switch (unit) {
            case "year" -> Timex.year(ref.getYear());
            case "month" -> Timex.month(YearMonth.from(ref));
            default -> Timex.week(ref);
        };
        DateInterval interval = earlier ? new DateInterval(periodStart, ref) : new DateInterval(ref, periodEnd);
        return c.claim(ClaimType.DATE, m.start(), m.end(), value, interval, null);
    }

    private TemporalClaim deictic(TemporalContext c, Matcher m) {
        String word = m.group("word").toLowerCase(Locale.ROOT);
        LocalDate ref = c.reference();
        if (word.equals("now")) {
            return c.claim(ClaimType.DATE, m.start(), m.end(), "PRESENT_REF", null, null);
        }
        if (word.equals("today") && Character.isUpperCase(m.group("word").charAt(0)) && !isSentenceStart(c, m.start())) {
            return null; // a programme or paper called Today
        }
        LocalDate date = switch (word) {
            case "yesterday" -> ref.minusDays(1);
            case "tomorrow" -> ref.plusDays(1);
            default -> ref;
        };
        String value = word.equals("tonight") ? Timex.day(date) + "TNI" : Timex.day(date);
        return c.claim(word.equals("tonight") ? ClaimType.TIME : ClaimType.DATE, m.start(), m.end(), value,
                DateInterval.day(date), word.equals("today") ? null : word + " from " + ref + " = " + date);
    }

    private TemporalClaim abbreviatedWeekday(TemporalContext c, Matcher m) {
        String text = c.analyzed().text();
        String before = text.substring(Math.max(0, m.start() - 24), m.start());
        boolean listed = LISTED_BEFORE.matcher(before).find()
                || LISTED_AFTER.matcher(text).region(m.end(), text.length()).lookingAt();
        String name = m.group("wd");
        if (before.endsWith("(") && text.startsWith(")", m.end())) return null; // "May/22(Tue)" restates a date
        // "the Sun and Sunday Times": a newspaper, not a day
        if (!name.startsWith("T") && (!listed || THE_BEFORE.matcher(before).find())) return null;
        if (name.length() == 3 && name.startsWith("T") && !listed
                && (NAME_BEFORE.matcher(before).find() || NAME_AFTER.matcher(text).region(m.end(), text.length()).lookingAt())) {
            return null;
        }
        return weekday(c, m, false);
    }

    private TemporalClaim weekday(TemporalContext c, Matcher m) {
        return weekday(c, m, m.group("plural") != null);
    }

    private TemporalClaim weekday(TemporalContext c, Matcher m, boolean plural) {
        DayOfWeek day = NumericDates.weekday(m.group("wd"));
        int start = m.start("wd");
        if (plural) {
            return c.claim(ClaimType.SET, start, m.end(), "XXXX-WXX-" + day.getValue(), null, null);
        }
        if (NEWSPAPER_AFTER.matcher(c.analyzed().text()).region(m.end(), c.analyzed().text().length()).lookingAt()) return null;
        LocalDate ref = c.reference();
        Tense tense = placeOfDay(c, start, m.end());
        boolean future = tense == Tense.FUTURE;
        LocalDate date = weekdayDate(ref, day, tense);
        return c.claim(ClaimType.DATE, start, m.end(), Timex.day(date), DateInterval.day(date),
                m.group("wd") + (future ? " (future tense)" : " (not future tense)") + " from " + ref + " = " + date);
    }

    /**
     * "until Tuesday", "as early as Friday", "by Monday": a deadline or an earliest date looks ahead, as
     * do the dates of dividends and appointments ("payable Dec. 1", "of record Nov. 10", "effective Feb. 1").
     */
    private static final Pattern LOOKING_AHEAD = Pattern.compile(
            "(?i)\\b(?:until|till|by|as\\s+(?:early|soon)\\s+as|no\\s+later\\s+than|payable|effective|of\\s+record"
            + "|scheduled\\s+for)\\s+(?:(?:on|at)\\s+)?$");
    /** "since Jan. 13": a day counted from lies behind. */
    private static final Pattern LOOKING_BACK = Pattern.compile("(?i)\\bsince\\s+$");

    private static final Pattern PAST_PERFECT = Pattern.compile("(?i)\\bhad\\b");

    /** The tense that places a day: a word that looks ahead, else the verb of its clause. */
    static Tense tenseOfDay(TemporalContext c, int start, int end) {
        Tense cue = cueOfDay(c, start, end);
        return cue != null ? cue : Tense.of(c.sentence(start), start);
    }

    /**
     * How a bare weekday is placed: by a word before it ("until", "since"), else ahead in a future clause, else
     * UNKNOWN; a past verb does not place it (see {@link #weekdayDate}). No tagging when no future marker is near.
     */
    static Tense placeOfDay(TemporalContext c, int start, int end) {
        Tense cue = cueOfDay(c, start, end);
        if (cue != null) return cue;
        return Tense.isFuture(c.sentence(start), c.analyzed().text(), start) ? Tense.FUTURE : Tense.UNKNOWN;
    }

    /** A word before the day that places it ("until", "since"), or null. */
    private static Tense cueOfDay(TemporalContext c, int start, int end) {
        String text = c.analyzed().text();
        boolean possessive = text.startsWith("'s", end); // "by Friday's blast" names the blast's day
        Sentence sentence = c.sentence(start);
        // "had filed by Wednesday", "Until Thursday, they had not ...": the past perfect puts the deadline behind us
        boolean pastPerfect = PAST_PERFECT.matcher(text)
                .region(Math.max(sentence.start(), start - 200), Math.min(sentence.end(), end + 200)).find();
        String before = text.substring(Math.max(0, start - 24), start);
        if (!possessive && !pastPerfect && LOOKING_AHEAD.matcher(before).find()) return Tense.FUTURE;
        if (LOOKING_BACK.matcher(before).find()) return Tense.PAST;
        return null;
    }

    /**
     * News speaks mostly of the past: a weekday is the latest such day up to the reference date,
     * unless the clause is in the future tense. The reference weekday itself means that day.
     */
    static LocalDate weekdayDate(LocalDate ref, DayOfWeek day, Tense tense) {
        if (tense == Tense.FUTURE) return ref.with(TemporalAdjusters.nextOrSame(day));
        // The day after the dateline is that day, whatever the tense: a story filed in Asia or Australia is
        // dated the day before in GMT ("Qantas on Thursday agreed", dated Wednesday), and a day six days
        // back is written "last Thursday" or with its date. On the wire stories nearly all such days were the next one.
        // Not after "since" (PAST): "prices have risen since Wednesday" counts from six days back.
        if (tense != Tense.PAST && day == ref.plusDays(1).getDayOfWeek()) return ref.plusDays(1);
        return ref.with(TemporalAdjusters.previousOrSame(day));
    }

    private TemporalClaim duration(TemporalContext c, Matcher m) {
        String countText = m.group("n");
        boolean article = countText.equalsIgnoreCase("a") || countText.equalsIgnoreCase("an");
        if (article && m.group("prep") == null) return null; // "a day after" is not a duration claim
        // "over the past a year and a half": a slip; "a year and a half" is read on its own
        if (article && m.group().regionMatches(true, m.group("prep").length(), " the ", 0, 5)) return null;
        long n = NumberWords.parse(countText).orElse(-1);
        if (n <= 0 || n > 1000) return null;
        String unit = unit(m.group("unit"));
        if (m.group("old") != null) return null; // "a 38-year-old" is an age, not a duration
        String all = c.analyzed().text();
        if (m.group("prep") == null && n == 1 && countText.equalsIgnoreCase("one") && unit.equals("day")
                && MODAL_BEFORE.matcher(all.substring(Math.max(0, m.start() - 24), m.start())).find()) {
            return c.claim(ClaimType.DATE, m.start(), m.end(), "FUTURE_REF", null, null);
        }
        if (NOT_A_DURATION_AFTER.matcher(all).region(m.end(), all.length()).lookingAt()) return null;
        if (NAMED_LENGTH.matcher(all).region(m.start("n"), all.length()).lookingAt()
                && (!m.group("n").equals("One") || c.sentence(m.start()).start() == m.start("n"))) return null;
        boolean aroundNow = m.group(0).toLowerCase(Locale.ROOT).matches(".*\\b(past|last|next|first)\\s.*");
        if (unit.equals("quarter") && !aroundNow) return null; // "three-quarters of the oil" is a share
        // Keep the preposition out of the span: "for three years" -> "three years".
        int start = m.start("n");
        if (m.group("prep") != null && aroundNow) {
            start = m.start(0) + m.group(0).toLowerCase(Locale.ROOT).indexOf("the ");
        }
        String value = unit.equals("fortnight") ? Timex.duration(2 * n, "week") : Timex.duration(n, unit);
        return c.claim(ClaimType.DURATION, start, m.end(), value, null, null);
    }

    private static String unit(String plural) {
        String lower = plural.toLowerCase(Locale.ROOT);
        if (lower.startsWith("centur")) return "century";
        return lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    static int isoWeek(LocalDate date) {
        return date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
