package org.factlint.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The hedge written around a figure ("around $500 billion", "70,000 or more"), as a TIMEX3-style mod. */
final class Hedges {
    private static final Pattern BEFORE = Pattern.compile(
            "(?i)\\b(just over|just under|more than|less than|fewer than|at least|at most|up to|no more than|"
            + "upwards of|in excess of|around|about|approximately|roughly|some|nearly|almost|over|under|"
            + "close to|an estimated|estimated|circa|c\\.|approx\\.|below|(?<!the\\s)above|exceeding|exceeded|exceeds|tops|topped|topping)\\s*$");

    /** A bound written after the figure: "70,000 or more", "20 minutes or less", "500-plus". */
    private static final Pattern AFTER = Pattern.compile("(?i)(?:-plus(?![-\\w])|\\s+or\\s+(?<bound>more|over|above|less|fewer|under|below)\\b)");

    private Hedges() {}

    /** The bound written right after {@code end} ("or more", "-plus"), as a mod, or null. */
    static String after(String text, int end) {
        Matcher m = AFTER.matcher(text).region(end, Math.min(text.length(), end + 16));
        if (!m.lookingAt()) return null;
        String bound = m.group("bound") == null ? "more" : m.group("bound").toLowerCase(Locale.ROOT);
        return switch (bound) {
            case "more", "over", "above" -> "EQUAL_OR_MORE";
            default -> "EQUAL_OR_LESS";
        };
    }

    /** The hedge ending right before {@code start}, or null. Looks back at most 24 characters. */
    static Found before(String text, int start) {
        int from = Math.max(0, start - 24);
        Matcher m = BEFORE.matcher(text.substring(from, start));
        if (!m.find()) return null;
        return new Found(from + m.start(), mod(m.group(1).toLowerCase(Locale.ROOT)));
    }

    record Found(int start, String mod) {}

    private static String mod(String hedge) {
        return switch (hedge) {
            // "remained below 60 dollars", "trade tops 8 billion dollars": the figure is a bound the amount passed
            case "more than", "over", "just over", "upwards of", "in excess of", "above", "exceeding", "exceeded", "exceeds", "tops",
                    "topped", "topping" -> "MORE_THAN";
            case "less than", "fewer than", "under", "just under", "nearly", "almost", "close to", "below" -> "LESS_THAN";
            case "at least" -> "EQUAL_OR_MORE";
            case "at most", "up to", "no more than" -> "EQUAL_OR_LESS";
            default -> "APPROX";
        };
    }
}
