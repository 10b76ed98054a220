package org.factlint.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The person an age in apposition belongs to: "Ana Silva, 38, said", "Ana Silva (38)". */
final class Ages {
    private static final Pattern NAME_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?<name>\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:de|da|van|von|al|bin|\\p{Lu}[\\p{L}'’.-]*)){0,3})(?<open>,|\\s\\()\\s?$");
    private static final Pattern SPORT = Pattern.compile("(?i)\\b(?:scored|scorers?|scoring|tries|try|wickets?|runs|innings|goals?"
            + "|bowled|batsm[ae]n|not\\s+out|centur(?:y|ies)|half-century|points|rebounds|assists|kicked|penalt(?:y|ies)|overs)\\b"
            + "|\\bTests?\\b");
    private static final Pattern CLAUSE_GOES_ON = Pattern.compile("\\s+(?!(?:and|or|but|while|respectively)\\b)(?:who\\b|[a-z]{2,})");
    private static final Pattern CLOSE_AFTER = Pattern.compile("[,)]");
    /** Capitalized words that end a clause or place, not a person ("In Paris, 12, ..." is rare; "Monday, 3," is a date). */
    private static final Pattern NOT_PERSON = Pattern.compile("(?:" + CalendarNames.MONTHS + "|" + CalendarNames.WEEKDAYS + "|The|In|On|At|And|But|"
            + "Chapter|Section|Article|Page|Room|Flight|No)\\b.*");

    private Ages() {}

    /** The named person whose age [start, end) is, or null when the figure is not in apposition to a name. */
    static Anchor personBefore(String text, int start, int end) {
        if (end >= text.length()) return null;
        Matcher m = NAME_BEFORE.matcher(text).region(Math.max(0, start - 60), start).useTransparentBounds(true);
        if (!m.find()) return null;
        boolean bracket = m.group("open").endsWith("(");
        char close = text.charAt(end);
        if (bracket ? close != ')' : close != ',') return null;
        if (bracket && SPORT.matcher(text.substring(Math.max(0, start - 150), Math.min(text.length(), end + 150))).find()) {
            return null; // "Trescothick (22)", "Paul Tupai (10)": runs, minutes or points in a match report
        }
        if (!CLOSE_AFTER.matcher(String.valueOf(close)).matches()) return null;
        String name = m.group("name");
        // One word ("Kruger, 29, toured") is a person only when the clause goes on in lower case: "Britain, 20, France, 15" is a list
        boolean single = !name.contains(" ") && !bracket;
        if (NOT_PERSON.matcher(name).matches() || single && !CLAUSE_GOES_ON.matcher(text).region(end + 1, Math.min(text.length(), end + 12))
                .useTransparentBounds(true).lookingAt()) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String[] parts = lower.split("\\s+");
        return new Anchor(parts[parts.length - 1], name, List.of(), List.of(lower), "");
    }
}
