package org.factlint.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holidays as claims of the base scan (the composer reads holidays with a written year, see
 * {@link Holidays}), whose date follows from the year: "Thanksgiving Day" (US, fourth Thursday of November),
 * "Christmas Eve", "New Year's Day", "Halloween", "Easter Sunday", "Good Friday", "Black Friday", "Eid al-Fitr" (read whole,
 * so that the weekday in "Good Friday" is not last Friday). The year is the one the clause
 * points to, as for a bare month; the claim is relative and carries no interval, so no rule checks it. A bare "Christmas" or "Easter" counts only after a word that
 * makes it a time ("since Christmas", "last Easter"), not in "Christmas trees".
 */
final class HolidayClaims {
    private static final Pattern HOLIDAY = Pattern.compile("\\b(?:(?<rel>(?i:last|next|this))\\s+)?"
            + "(?<name>Thanksgiving(?:\\s+Day)?|Christmas(?:\\s+(?:Day|Eve))?|New\\s+Year's\\s+(?:Day|Eve)|Halloween"
            + "|(?:Orthodox\\s+)?(?:Easter(?:\\s+(?:Sunday|Monday))?|Good\\s+Friday)|Black\\s+Friday|Cyber\\s+Monday|Palm\\s+Sunday"
            + "|Ash\\s+Wednesday|Maundy\\s+Thursday|Eid(?i:(?:[ \\t-]+|(?=ul))(?:al|ul|el)[ \\t-]*(?:fitr|adha|azha)))\\b");
    /** A year after the name is its year ("Christmas Day 2000", "Easter of last year"; the composer reads them whole). */
    private static final Pattern YEAR_AFTER = Pattern.compile("(?i)" + Holidays.YEAR_AFTER_NAME);
    private static final Pattern NOUN_AFTER = Pattern.compile("\\s+[a-z]");
    private static final Pattern TIME_CUE = Pattern.compile("(?i)\\b(?:on|at|before|after|by|until|till|since|over|for|"
            + "around|during|from|through)\\s+$");

    private HolidayClaims() {}

    static void scanInto(TemporalContext c, Candidates<TemporalClaim> found) {
        TemporalScan.scan(HOLIDAY, c.analyzed().text(), found, m -> holiday(c, m));
    }

    private static TemporalClaim holiday(TemporalContext c, Matcher m) {
        String name = m.group("name").replaceAll("\\s+", " ");
        String rel = m.group("rel") == null ? "" : m.group("rel").toLowerCase(Locale.ROOT);
        boolean bare = Holidays.BARE_FESTIVALS.contains(name.toLowerCase(Locale.ROOT)); // "Halloween masks" too
        String text = c.analyzed().text();
        if (rel.isEmpty() && Holidays.qualified(text, m.start(), name) || Holidays.partOfAName(text, m.end())) {
            // "Orthodox Christmas Day", "the Good Friday Agreement": no day, and no weekday ("Friday") inside either;
            // the placeholder (no value) holds the span and is dropped after selection
            return new TemporalClaim(ClaimType.DATE, m.start(), m.end(), m.group(), null, null, null, null, null, 0);
        }
        if (bare && rel.isEmpty() && (NOUN_AFTER.matcher(text).region(m.end(), text.length()).lookingAt() // "Christmas trees"
                || !TIME_CUE.matcher(text.substring(Math.max(0, m.start() - 10), m.start())).find())) {
            return null;
        }
        LocalDate ref = c.reference();
        List<LocalDate> days = Holidays.around(name.toLowerCase(Locale.ROOT), ref.getYear());
        int slack = HijriHolidays.names(name.toLowerCase(Locale.ROOT)) ? 2 : 0;
        Integer written = rel.isEmpty() ? writtenYear(text, m.end(), ref) : null;
        LocalDate date = written != null ? inYear(name, written) : switch (rel) {
            case "last" -> Holidays.latest(days, d -> d.isBefore(ref));
            case "next" -> Holidays.earliest(days, d -> d.isAfter(ref));
            case "this" -> inYear(name, ref.getYear());
            default -> switch (TemporalExtractor.tenseOfDay(c, m.start(), m.end())) {
                // an Eid two days off the calendar may be today's ("hanged on the first day of Eid", written that day)
                case PAST -> Holidays.latest(days, d -> !d.isAfter(ref.plusDays(slack)));
                case FUTURE -> Holidays.earliest(days, d -> !d.isBefore(ref.minusDays(slack)));
                default -> Holidays.nearest(days, ref);
            };
        };
        if (date == null) return null; // beyond the Hijri table, or "this Eid al-Fitr" in a year with two
        // The claim covers the name only (a written year is a claim of its own): relative, and no interval for the
        // rules to weigh against an event's known date ("the invasion at Christmas" does not say which Christmas).
        String how = written != null ? " in " + written : " nearest " + ref;
        TemporalClaim claim = c.claim(ClaimType.DATE, m.start(), m.end(), Timex.day(date), null, name + how + " = " + date);
        if (!HijriHolidays.names(name.toLowerCase(Locale.ROOT)) || claim.mod() != null) return claim;
        // An Eid is kept on the day the moon is sighted, which may be a day off the computed calendar
        // (Saudi Arabia kept Eid al-Adha on 30 December 2006, Umm al-Qura says the 31st): about that day.
        return new TemporalClaim(claim.type(), claim.start(), claim.end(), claim.text(), claim.value(), claim.interval(),
                claim.arithmetic(), "APPROX", claim.anchor(), claim.sentence());
    }

    /** The year written after the name ("Christmas Day 2000", "Easter of last year"), or null. */
    private static Integer writtenYear(String text, int at, LocalDate ref) {
        Matcher year = YEAR_AFTER.matcher(text).region(at, text.length());
        return year.lookingAt() ? Holidays.writtenYear(year, ref.getYear()) : null;
    }

    /** The day in a given year; null when there is none or two (Eid al-Fitr in 2000). */
    private static LocalDate inYear(String name, int year) {
        List<LocalDate> days = Holidays.around(name.toLowerCase(Locale.ROOT), year).stream().filter(d -> d.getYear() == year).toList();
        return days.size() == 1 ? days.get(0) : null;
    }
}
