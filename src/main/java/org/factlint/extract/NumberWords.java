package org.factlint.extract;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/** Reads small cardinal numbers written as words: "three", "twenty-five", "a hundred", "a dozen". */
public final class NumberWords {
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("dozen", 12));
    private static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80,
            "ninety", 90);

    /** A regex alternative matching the number words this class reads (longest forms first). */
    public static final String PATTERN =
            "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
            + "|(?:a|one|two|three|four|five|six|seven|eight|nine)\\s+hundred"
            + "|a\\s+dozen|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
            + "|one|two|three|four|five|six|seven|eight|nine|ten|an|a)";

    private NumberWords() {}

    /** The value of digits or number words, or empty when the text is neither. */
    public static OptionalLong parse(String text) {
        String words = text.trim().toLowerCase(Locale.ROOT).replace(',', ' ');
        if (words.matches("\\d{1,9}")) return OptionalLong.of(Long.parseLong(words));
        long total = 0;
        long current = 0;
        boolean any = false;
        for (String word : words.split("[\\s-]+")) {
            if (word.isEmpty() || word.equals("and")) continue;
            if (word.equals("dozen")) {
                current = Math.max(current, 1) * 12;
            } else if (UNITS.containsKey(word)) {
                current += UNITS.get(word);
            } else if (TENS.containsKey(word)) {
                current += TENS.get(word);
            } else if (word.equals("hundred")) {
                current = Math.max(current, 1) * 100;
            } else if (word.equals("thousand")) {
                total += Math.max(current, 1) * 1000;
                current = 0;
            } else {
                return OptionalLong.empty();
            }
            any = true;
        }
        return any ? OptionalLong.of(total + current) : OptionalLong.empty();
    }
}
