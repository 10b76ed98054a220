package org.factlint.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations the base scan reads in part or not at all: fractions ("3.5 years", "one and a half
 * hours", "an hour and a half"), sums of units ("1 hour and 30 minutes", "two years and six
 * months"), nights, weekends and seconds, and abbreviated units ("2 hrs", "45 mins"). Vague counts
 * ("a few hours", "several weeks") get no number.
 */
final class ComposedDurations {
    private static final String NUMBER = "(?<n>\\d{1,3}(?:\\.\\d+)?|½|" + NumberWords.PATTERN + ")";
    private static final String UNIT = "(?<unit>years?|yrs?|months?|weeks?|days?|nights?|weekends?|hours?|hrs?|minutes?|mins?|seconds?|secs?)";
    private static final String FRACTION = "(?:an?\\s+)?(?:half|quarter)";
    /** One amount of one unit, with a fraction before or after the unit; not "six second-line drugs" nor "3.5-year-old". */
    private static final Pattern AMOUNT = Pattern.compile("(?i)(?<![\\w.])" + NUMBER + "(?<before>\\s+and\\s+" + FRACTION + ")?"
            + "(?:\\s*|\\s*-\\s*)" + UNIT + "\\b(?!-(?!long\\b)\\w)(?<after>\\s+and\\s+" + FRACTION + "\\b)?");
    /**
     * "two to three months", "2-4 weeks", "10 or 14 days", "between two and five years": one unit, two counts,
     * the second larger. Read as a range (the base scan reads only "three months" and leaves "two" a bare number).
     */
    private static final Pattern RANGE = Pattern.compile("(?i)(?<![\\w.,-])(?<between>between\\s+)?(?<lo>\\d{1,3}|" + NumberWords.PATTERN + ")"
            + "\\s*(?:-|–|\\s(?:to|or|and)\\s)\\s*(?<hi>\\d{1,3}|" + NumberWords.PATTERN + ")\\s+"
            + "(?<unit>years|months|weeks|days|nights|hours|minutes|seconds|decades)\\b(?!-\\w|['’])");
    private static final Pattern AGE_OR_AGO_AFTER = Pattern.compile("(?i)\\s+(?:old|of\\s+age|ago)\\b");
    private static final Pattern AGE_BEFORE = Pattern.compile("(?i)\\bage[ds]?\\s+$");
    private static final Pattern JOIN = Pattern.compile("(?i)\\s*,?\\s+(?:and\\s+)?");
    private static final Pattern WHOLE = Pattern.compile("(?i)\\ball\\s+(?<unit>day|week|month|year)\\b");
    /** A month name right before a count makes the count its day ("the July 2 weekend"). */
    private static final Pattern MONTH_BEFORE = Pattern.compile("(?i)\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?\\s+$");
    private static final List<String> ORDER = List.of("Y", "M", "W", "D", "H", "MIN", "S");

    private record Amount(int start, int end, double value, String unit) {}

    private ComposedDurations() {}

    static List<ComposedTime> find(String text, List<TemporalClaim> base) {
        List<Amount> amounts = new ArrayList<>();
        for (Matcher m : SkippingMatcher.matches(AMOUNT, text)) {
            if (MONTH_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) continue;
            Amount a = amount(m);
            if (a != null) amounts.add(a);
        }
        java.util.Set<String> baseReadings = new java.util.HashSet<>();
        for (TemporalClaim claim : base) baseReadings.add(claim.start() + ":" + claim.end() + ":" + claim.value());
        List<ComposedTime> found = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            List<Amount> sum = new ArrayList<>(List.of(amounts.get(i)));
            while (i + 1 < amounts.size() && joins(text, sum.get(sum.size() - 1), amounts.get(i + 1))) sum.add(amounts.get(++i));
            ComposedTime reading = reading(text, sum);
            if (reading != null && !baseReadings.contains(reading.start() + ":" + reading.end() + ":" + reading.value())) {
                found.add(reading);
            }
        }
        for (Matcher m : SkippingMatcher.matches(RANGE, text)) {
            ComposedTime range = range(text, m);
            if (range != null) found.add(range);
        }
        for (Matcher m : SkippingMatcher.matches(WHOLE, text)) {
            String unit = m.group("unit").toLowerCase(Locale.ROOT);
            found.add(new ComposedTime(ClaimType.DURATION, m.start(), m.end(), m.group(), "P1" + Character.toUpperCase(unit.charAt(0)), null, null));
        }
        return found;
    }

    private static ComposedTime range(String text, Matcher m) {
        boolean and = m.group().toLowerCase(Locale.ROOT).matches("(?s).*\\sand\\s.*");
        if (and && m.group("between") == null) return null; // "and" joins a range only after "between"
        // an age ("aged nine or 10 years old") is the age readers' business; "four or five years ago" a date
        if (AGE_OR_AGO_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
                || AGE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) return null;
        long lo = count(m.group("lo"));
        long hi = count(m.group("hi"));
        if (lo <= 0 || hi <= lo || hi > 1000) return null;
        // a figure and a number word joined by a dash are no range ("3-two days"); "9-11 days" is one
        if (m.group("lo").matches("\\d+") != m.group("hi").matches("\\d+") && m.group().contains("-")) return null;
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        String low = code(unit);
        String value = switch (low) {
            case "H" -> "PT" + lo + "H";
            case "MIN" -> "PT" + lo + "M";
            case "S" -> "PT" + lo + "S";
            default -> "P" + lo + (unit.startsWith("decade") ? "DE" : low);
        };
        String high = value.replaceFirst("\\d+", String.valueOf(hi));
        int start = m.group("between") != null ? m.start("lo") : m.start();
        return new ComposedTime(ClaimType.DURATION, start, m.end(), text.substring(start, m.end()), value, high, null);
    }

    private static long count(String n) {
        if (n.matches("\\d+")) return Long.parseLong(n);
        return NumberWords.parse(n.toLowerCase(Locale.ROOT)).orElse(-1);
    }

    private static Amount amount(Matcher m) {
        String n = m.group("n");
        double value;
        if (n.equals("½")) value = 0.5;
        else if (n.matches("[\\d.]+")) value = Double.parseDouble(n);
        else {
            var parsed = NumberWords.parse(n);
            if (parsed.isEmpty()) return null;
            value = parsed.getAsLong();
        }
        boolean article = n.equalsIgnoreCase("a") || n.equalsIgnoreCase("an");
        String fraction = m.group("before") != null ? m.group("before") : m.group("after");
        if (fraction != null) value += fraction.toLowerCase(Locale.ROOT).contains("half") ? 0.5 : 0.25;
        else if (article) return null; // "a day" alone: the base scan's business
        if (value <= 0) return null;
        return new Amount(m.start(), m.end(), value, code(m.group("unit").toLowerCase(Locale.ROOT)));
    }

    private static String code(String unit) {
        if (unit.startsWith("y")) return "Y";
        if (unit.startsWith("mo")) return "M";
        if (unit.startsWith("weekend")) return "WE";
        if (unit.startsWith("w")) return "W";
        if (unit.startsWith("d") || unit.startsWith("n")) return "D";
        if (unit.startsWith("h")) return "H";
        if (unit.startsWith("mi")) return "MIN";
        return "S";
    }

    /** "1 hour and 30 minutes": the next amount follows at once, in a smaller unit. */
    private static boolean joins(String text, Amount a, Amount b) {
        if (b.start() < a.end() || !JOIN.matcher(text.substring(a.end(), b.start())).matches()) return false;
        int ia = ORDER.indexOf(a.unit());
        int ib = ORDER.indexOf(b.unit());
        return ia >= 0 && ib > ia && a.value() == Math.rint(a.value());
    }

    private static ComposedTime reading(String text, List<Amount> sum) {
        boolean single = sum.size() == 1;
        Amount first = sum.get(0);
        boolean plain = single && first.value() == Math.rint(first.value()) && !first.unit().equals("WE")
                && !text.substring(first.start(), first.end()).toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:nights?|hrs?|mins?|secs?|seconds?)\\b.*");
        if (plain) return null; // "three years": the base scan reads it
        StringBuilder date = new StringBuilder();
        StringBuilder time = new StringBuilder();
        for (Amount a : sum) {
            String number = a.value() == Math.rint(a.value()) ? String.valueOf((long) a.value()) : String.valueOf(a.value());
            switch (a.unit()) {
                case "H" -> time.append(number).append('H');
                case "MIN" -> time.append(number).append('M');
                case "S" -> time.append(number).append('S');
                default -> date.append(number).append(a.unit());
            }
        }
        String value = "P" + date + (time.length() > 0 ? "T" + time : "");
        Amount last = sum.get(sum.size() - 1);
        return new ComposedTime(ClaimType.DURATION, first.start(), last.end(), text.substring(first.start(), last.end()), value, null, null);
    }
}
