package org.factlint.extract;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holidays as claims of the base scan (the composer reads holidays with a written year, see
 * {@link Holidays}), whose date follows from the year: "Thanksgiving Day" (US, fourth Thursday of November),
 * "Christmas Eve", "New Year's Day", "Halloween", "Easter Sunday". The year is the one the clause
 * points to, as for a bare month; the claim is relative and carries no interval, so no rule checks it. A bare "Christmas" or "Easter" counts only after a word that
 * makes it a time ("since Christmas", "last Easter"), not in "Christmas trees".
 */
final class HolidayClaims {
    private static final Pattern HOLIDAY = Pattern.compile("\\b(?:(?<rel>(?i:last|next|this))\\s+)?"
            + "(?<name>Thanksgiving(?:\\s+Day)?|Christmas(?:\\s+(?:Day|Eve))?|New\\s+Year's\\s+(?:Day|Eve)|Halloween"
            + "|Easter(?:\\s+Sunday)?)\\b");
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
        boolean bare = !name.contains(" ") && !name.equals("Halloween");
        String text = c.analyzed().text();
        if (bare && rel.isEmpty() && (NOUN_AFTER.matcher(text).region(m.end(), text.length()).lookingAt() // "Christmas trees"
                || !TIME_CUE.matcher(text.substring(Math.max(0, m.start() - 10), m.start())).find())) {
            return null;
        }
        LocalDate ref = c.reference();
        LocalDate thisYear = on(name, ref.getYear());
        LocalDate date = switch (rel) {
            case "last" -> thisYear.isBefore(ref) ? thisYear : on(name, ref.getYear() - 1);
            case "next" -> thisYear.isAfter(ref) ? thisYear : on(name, ref.getYear() + 1);
            case "this" -> thisYear;
            default -> switch (TemporalExtractor.tenseOfDay(c, m.start(), m.end())) {
                case PAST -> thisYear.isAfter(ref) ? on(name, ref.getYear() - 1) : thisYear;
                case FUTURE -> thisYear.isBefore(ref) ? on(name, ref.getYear() + 1) : thisYear;
                default -> nearest(name, ref);
            };
        };
        // The year comes from the reference date, not the text: relative, and no interval for the rules to
        // weigh against an event's known date ("the invasion at Christmas" does not say which Christmas).
        return c.claim(ClaimType.DATE, m.start(), m.end(), Timex.day(date), null, name + " nearest " + ref + " = " + date);
    }

    private static LocalDate nearest(String name, LocalDate ref) {
        LocalDate best = null;
        for (int year = ref.getYear() - 1; year <= ref.getYear() + 1; year++) {
            LocalDate candidate = on(name, year);
            if (best == null || Math.abs(candidate.toEpochDay() - ref.toEpochDay()) < Math.abs(best.toEpochDay() - ref.toEpochDay())) {
                best = candidate;
            }
        }
        return best;
    }

    static LocalDate on(String name, int year) {
        return Holidays.dateIn(name.toLowerCase(Locale.ROOT)).apply(year);
    }
}
