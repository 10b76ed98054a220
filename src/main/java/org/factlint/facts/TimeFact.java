package org.factlint.facts;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A time expression as the rules see it: its TIMEX3 value, the days it can denote ({@code first} to
 * {@code last}, null when vague), how it was computed when relative, and the thing it dates.
 */
public record TimeFact(int start, int end, String text, String type, String value, LocalDate first, LocalDate last,
                       String arithmetic, String mod, String head, String phrase, List<String> modifiers,
                       List<String> qualifiers, boolean definite, int sentence) implements Spanned {

    /** Words that set one instance of a thing apart from another: "the first war", "the previous invasion". */
    private static final Set<String> DISTINGUISHING = Set.of("first", "second", "third", "fourth", "last", "previous",
            "next", "new", "latest", "earlier", "later", "former", "recent", "current", "original", "other", "another");

    public boolean isRelative() {
        return arithmetic != null;
    }

    public boolean isDated() {
        return first != null && last != null;
    }

    /** Whether this date and {@code other} can denote the same day. */
    public boolean overlaps(TimeFact other) {
        return !first.isAfter(other.last) && !other.first.isAfter(last);
    }

    /**
     * Whether both phrases plainly name the same event: same head noun, both definite, no proper
     * noun that tells them apart ("war with Georgia" vs "war in Ukraine"), and no word such as
     * "first" or "previous" that marks a different instance.
     */
    public boolean sameEventAs(TimeFact other) {
        if (head == null || other.head == null || !head.equals(other.head)) return false;
        if (!definite || !other.definite) return false;
        if (!qualifiers.isEmpty() && !other.qualifiers.isEmpty()) {
            Set<String> shared = new HashSet<>(qualifiers);
            shared.retainAll(other.qualifiers);
            if (shared.isEmpty()) return false;
        } else if (!qualifiers.isEmpty() || !other.qualifiers.isEmpty()) {
            return false; // one says which, the other does not: too ambiguous to flag
        }
        Set<String> mine = distinguishing(modifiers);
        Set<String> theirs = distinguishing(other.modifiers);
        return mine.equals(theirs);
    }

    private static Set<String> distinguishing(List<String> words) {
        Set<String> result = new HashSet<>();
        for (String word : words) if (DISTINGUISHING.contains(word)) result.add(word);
        return result;
    }

    /** The year this expression resolves to, for suggestions, or null when it spans several years. */
    public String yearText() {
        if (first == null) return null;
        if (isRelative() && value != null && value.matches("\\d{4}")) return value;
        return first.getYear() == last.getYear() ? Integer.toString(first.getYear()) : null;
    }
}
