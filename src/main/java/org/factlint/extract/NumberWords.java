package org.factlint.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers written as words. {@link #PATTERN} and {@link #parse} cover the small counts the
 * temporal extractor needs ("three", "twenty-five", "a dozen"); {@link #PHRASE} and {@link #value}
 * cover any cardinal ("five hundred and six", "3 billion" is digits), fractions ("two thirds",
 * "one and a half", "half a million") and the Indian scales (lakh, crore).
 */
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

    private static final String CARDINAL = "zero|nought|naught|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
            + "|eighty|ninety";
    private static final String MULTIPLIER = "hundred|thousands?|millions?|billions?|trillions?|lakhs?|crores?|dozens?";
    private static final String DENOMINATOR = "halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?"
            + "|ninths?|tenths?|elevenths?|twelfths?|thirteenths?|fourteenths?|fifteenths?|sixteenths?|seventeenths?"
            + "|eighteenths?|nineteenths?|twentieths?|thirtieths?|fortieths?|fiftieths?|sixtieths?|seventieths?"
            + "|eightieths?|ninetieths?|hundredths?|thousandths?|millionths?|billionths?|trillionths?"
            + "";
    private static final String TENS_WORD = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
    private static final String SCALE = "thousand|million|billion|trillion|lakh|crore";
    /**
     * "first" and "second" only close a compound denominator: "three twenty-firsts" (3/21). Tried before
     * the cardinal "twenty"; written out whole rather than with a lookbehind so that SkippingMatcher
     * can tell where a figure may start.
     */
    private static final String COMPOUND_DENOMINATOR = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\\s-](?:firsts?|seconds?)";
    private static final String WORD = "(?:" + COMPOUND_DENOMINATOR + "|" + CARDINAL + "|" + MULTIPLIER + "|" + DENOMINATOR + ")";
    /**
     * Between number words; "of a" only before a scale ("a quarter of a million"). "two-and-a-half" (an adjective,
     * hyphenated throughout) is the same number as "two and a half".
     */
    private static final String JOIN = "(?:-and-(?:an?-)?|\\s+and\\s+(?:an?\\s+)?|\\s*-\\s*|\\s+of\\s+an?\\s+(?=(?:" + SCALE + ")\\b)"
            + "|\\s+(?:an?\\s+)?)";

    /**
     * A run of number words, case-insensitive ("Twenty-six", "one and a half", "half a dozen"). "a"
     * counts only before a multiplier or fraction ("a dozen", "a third"); {@link #value} rejects runs
     * that are not one number ("third quarter").
     */
    public static final String PHRASE = "(?i:(?:an?\\s+(?=(?:" + MULTIPLIER + "|" + DENOMINATOR + ")\\b|" + TENS_WORD
            + "[\\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)s?\\b))?"
            // Bounded repetitions: no number takes more words, and a long run of words cannot overflow the regex stack.
            + WORD + "(?:" + JOIN + WORD + "){0,24}(?:\\s+point\\s+(?:" + CARDINAL + ")(?:[\\s-]+(?:" + CARDINAL + ")){0,12}"
            + "(?:\\s+(?:" + SCALE + "))?)?)(?![\\w])";

    private static final Map<String, Long> DENOMINATORS = Map.ofEntries(
            Map.entry("half", 2L), Map.entry("halves", 2L), Map.entry("third", 3L), Map.entry("quarter", 4L),
            Map.entry("fourth", 4L), Map.entry("fifth", 5L), Map.entry("sixth", 6L), Map.entry("seventh", 7L),
            Map.entry("eighth", 8L), Map.entry("ninth", 9L), Map.entry("tenth", 10L), Map.entry("hundredth", 100L),
            Map.entry("eleventh", 11L), Map.entry("twelfth", 12L), Map.entry("thirteenth", 13L), Map.entry("fourteenth", 14L),
            Map.entry("fifteenth", 15L), Map.entry("sixteenth", 16L), Map.entry("seventeenth", 17L), Map.entry("eighteenth", 18L),
            Map.entry("nineteenth", 19L), Map.entry("twentieth", 20L), Map.entry("thirtieth", 30L), Map.entry("fortieth", 40L),
            Map.entry("fiftieth", 50L), Map.entry("sixtieth", 60L), Map.entry("seventieth", 70L), Map.entry("eightieth", 80L),
            Map.entry("ninetieth", 90L), Map.entry("thousandth", 1000L), Map.entry("millionth", 1_000_000L),
            Map.entry("billionth", 1_000_000_000L), Map.entry("trillionth", 1_000_000_000_000L));
    /** Ordinals that end a compound denominator after a tens word: "twenty-first", "thirty-fifth". */
    private static final Map<String, Integer> UNIT_ORDINALS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4,
            "fifth", 5, "sixth", 6, "seventh", 7, "eighth", 8, "ninth", 9);
    private static final Pattern LAST_WORD = Pattern.compile("[\\s-]+([A-Za-z]+)\\s*$");
    private static final Pattern FRACTION_OF_SCALE = Pattern.compile("(.+?)\\s+of\\s+an?\\s+(" + SCALE + ")");
    private static final Map<String, Double> SCALES = Map.of(
            "thousand", 1e3, "lakh", 1e5, "million", 1e6, "crore", 1e7, "billion", 1e9, "trillion", 1e12);

    private NumberWords() {}

    /**
     * The value of a {@link #PHRASE} match, or empty when the words do not make one number. "and"
     * after a scale adds ("two thousand and six"), before a larger scale multiplies ("two hundred and
     * two thousand"); a fraction after "and" is a fraction of the preceding scale ("3 million and a
     * half" = 3,500,000).
     */
    public static OptionalDouble value(String phrase) {
        String normalized = phrase.trim().toLowerCase(Locale.ROOT).replaceAll("-and-(an?-)?", " and $1").replace("and a-", "and a ");
        Matcher of = FRACTION_OF_SCALE.matcher(normalized);
        if (of.matches()) { // "two thirds of a million"
            OptionalDouble share = value(of.group(1));
            if (share.isEmpty() || share.getAsDouble() >= 1) return OptionalDouble.empty();
            return OptionalDouble.of(share.getAsDouble() * SCALES.get(of.group(2)));
        }
        int point = normalized.indexOf(" point ");
        if (point > 0) return decimal(normalized.substring(0, point), normalized.substring(point + 7));
        String[] words = normalized.split("[\\s-]+");
        String last = singular(words[words.length - 1]);
        if (words.length == 2 && TENS.containsKey(words[0]) && UNIT_ORDINALS.containsKey(words[1])) {
            return OptionalDouble.empty(); // "twenty-fifth" is an ordinal; "twenty fifths" is 20/5
        }
        if (words.length > 1 && (denominator(last) != null || UNIT_ORDINALS.containsKey(last))) {
            return fraction(words, normalized.matches("(?s).*\\w-[a-z]+"));
        }
        return cardinal(words);
    }

    /**
     * A number said aloud: "nine point nought four" (9.04), "two hundred point seventy-one" (200.71).
     * After "point" come single digits, or one number below a hundred read as its digits.
     */
    private static OptionalDouble decimal(String whole, String decimals) {
        OptionalDouble integer = value(whole);
        if (integer.isEmpty() || integer.getAsDouble() != Math.rint(integer.getAsDouble())) return OptionalDouble.empty();
        String[] words = decimals.trim().split("[\\s-]+");
        Double scale = SCALES.get(words[words.length - 1]);
        if (scale != null) { // "one point six billion"
            OptionalDouble unscaled = decimal(whole, String.join(" ", Arrays.copyOf(words, words.length - 1)));
            return unscaled.isEmpty() ? unscaled : OptionalDouble.of(new java.math.BigDecimal(Double.toString(unscaled.getAsDouble()))
                    .multiply(java.math.BigDecimal.valueOf(scale)).doubleValue());
        }
        StringBuilder digits = new StringBuilder();
        OptionalDouble asOne = cardinal(words);
        if (words.length <= 2 && asOne.isPresent() && asOne.getAsDouble() >= 10 && asOne.getAsDouble() < 100) {
            digits.append((long) asOne.getAsDouble()); // "point seventy-one", "point eleven"
        } else {
            for (String word : words) {
                int digit = word.equals("zero") || word.equals("nought") || word.equals("naught") ? 0 : UNITS.getOrDefault(word, -1);
                if (digit < 0 || digit > 9 || word.equals("a") || word.equals("an")) return OptionalDouble.empty();
                digits.append(digit);
            }
        }
        return OptionalDouble.of(new java.math.BigDecimal((long) integer.getAsDouble() + "." + digits).doubleValue());
    }

    /**
     * A phrase ending in a denominator: "three fifths", "one hundred and three and two thirds"
     * (103 2/3), "one hundred and thirty fifths" (130/5), "one hundred thirty fifths" (100/35),
     * "a twenty-first", "a million and a half".
     */
    private static OptionalDouble fraction(String[] words, boolean hyphened) {
        int n = words.length;
        String last = singular(words[n - 1]);
        Integer unit = UNIT_ORDINALS.get(last);
        double denominator;
        int numeratorEnd;
        if (unit != null && n >= 3 && TENS.containsKey(words[n - 2]) && !words[n - 3].equals("and")) {
            denominator = TENS.get(words[n - 2]) + unit;
            numeratorEnd = n - 2;
        } else {
            Double named = denominator(words[n - 1]);
            if (named == null) return OptionalDouble.empty(); // "first" and "second" are no denominators alone
            denominator = named;
            numeratorEnd = n - 1;
        }
        String[] numerator = Arrays.copyOf(words, numeratorEnd);
        if (numerator.length == 1 && (numerator[0].equals("a") || numerator[0].equals("an"))) {
            return OptionalDouble.of(1 / denominator);
        }
        int and = Arrays.asList(numerator).lastIndexOf("and");
        if (and > 0) { // "three and two fifths": a whole number and a fraction
            String[] whole = Arrays.copyOf(numerator, and);
            String[] part = Arrays.copyOfRange(numerator, and + 1, numerator.length);
            OptionalDouble w = cardinal(whole);
            OptionalDouble p = part.length == 1 && (part[0].equals("a") || part[0].equals("an")) ? OptionalDouble.of(1) : cardinal(part);
            if (w.isPresent() && p.isPresent() && p.getAsDouble() < denominator) {
                Double scale = SCALES.get(singular(whole[whole.length - 1]));
                return OptionalDouble.of(w.getAsDouble() + p.getAsDouble() / denominator * (scale == null ? 1 : scale));
            }
        }
        OptionalDouble top = cardinal(numerator);
        if (top.isEmpty()) return splitFraction(words);
        if (top.getAsDouble() == 0) return OptionalDouble.empty();
        if (top.getAsDouble() > 1 && isSingular(words[n - 1]) && !looseFraction(words[n - 1], top.getAsDouble(), denominator, hyphened)) {
            return OptionalDouble.empty(); // "three fifth graders", "four third-quarter goals", "the two millionth visitor"
        }
        return OptionalDouble.of(top.getAsDouble() / denominator);
    }

    private static boolean isSingular(String word) {
        return !word.endsWith("s") && !word.equals("half");
    }

    /**
     * More than one with a singular denominator is a fraction only as written loosely in South Asian
     * news: "two third majority", "three-fourth", "three-fifth" (hyphened). A larger ordinal after a
     * space counts things ("three fifth graders"); a scale ordinal is the ordinal ("two millionth").
     */
    private static boolean looseFraction(String word, double top, double denominator, boolean hyphened) {
        if (top >= denominator || denominator >= 100) return false;
        return hyphened || word.equals("third") || word.equals("fourth") || word.equals("quarter");
    }

    /**
     * A numerator then a denominator that is itself a compound ordinal: "one one-hundredth" (1/100),
     * "one one hundred and fifth" (1/105), "five one-thousandths". Tried only when the words before the
     * ordinal make no single number; the numerator is the shortest run that does, and one takes a
     * singular denominator, more than one a plural.
     */
    private static OptionalDouble splitFraction(String[] words) {
        int n = words.length;
        for (int i = 1; i < n - 1; i++) {
            OptionalDouble top = cardinal(Arrays.copyOf(words, i));
            if (top.isEmpty()) continue;
            double bottom = ordinal(Arrays.copyOfRange(words, i, n));
            if (bottom <= 1 || top.getAsDouble() == 0) return OptionalDouble.empty();
            boolean one = top.getAsDouble() == 1;
            if (one != isSingular(words[n - 1])) return OptionalDouble.empty();
            return OptionalDouble.of(top.getAsDouble() / bottom);
        }
        return OptionalDouble.empty();
    }

    /** The value of a compound ordinal: "one hundred and fifth" 105, "one hundredth" 100, "two thousandth" 2000; else -1. */
    private static double ordinal(String[] words) {
        int n = words.length;
        String last = singular(words[n - 1]);
        int restEnd = n >= 2 && words[n - 2].equals("and") ? n - 2 : n - 1;
        if (restEnd == 0) return -1;
        String[] rest = Arrays.copyOf(words, restEnd);
        OptionalDouble before = cardinal(rest);
        if (before.isEmpty()) return -1;
        double head = before.getAsDouble();
        Long named = DENOMINATORS.get(last);
        Integer unit = UNIT_ORDINALS.get(last);
        if (named != null && named >= 100) { // "one hundredth", "two thousandth": the scale is the ordinal
            return rest.length == n - 1 ? head * named : -1;
        }
        double small = unit != null ? unit : named != null ? named : -1;
        if (small < 0) return -1;
        boolean fits = head % 100 == 0 || small < 10 && head % 10 == 0 && head % 100 >= 20;
        return fits ? head + small : -1;
    }

    /**
     * Where a cardinal ends before an ordinal that is not its denominator: "three" in "three fifth
     * graders" and "four third-quarter goals"; -1 when there is no such split or the ordinal may be
     * compound ("one hundred fifth", "twenty fifth") or a scale ("two millionth" is the 2,000,000th
     * or, loosely, 2/1,000,000: no figure either way).
     */
    public static int cardinalBeforeOrdinal(String phrase) {
        Matcher last = LAST_WORD.matcher(phrase);
        if (!last.find()) return -1;
        String ordinal = last.group(1).toLowerCase(Locale.ROOT);
        Integer unit = UNIT_ORDINALS.get(ordinal);
        Long named = DENOMINATORS.get(ordinal);
        if (unit == null && (named == null || named >= 100 || ordinal.equals("half") || ordinal.equals("quarter"))) return -1;
        String rest = phrase.substring(0, last.start()).trim();
        if (rest.isEmpty()) return -1;
        OptionalDouble head = cardinal(rest.toLowerCase(Locale.ROOT).split("[\\s-]+"));
        if (head.isEmpty() || head.getAsDouble() <= 1 || head.getAsDouble() != Math.rint(head.getAsDouble())) return -1;
        if (head.getAsDouble() % 10 == 0) return -1; // "twenty fifth", "one hundred tenth": one ordinal
        return phrase.indexOf(rest) + rest.length();
    }

    /** The denominator a word names ("fifths" 5, "halves" 2), or null. */
    private static Double denominator(String word) {
        Long d = DENOMINATORS.get(word.equals("halves") ? "half" : singular(word));
        return d == null ? null : d.doubleValue();
    }

    private static String singular(String word) {
        return word.endsWith("s") && !word.equals("halves") ? word.substring(0, word.length() - 1) : word;
    }

    private static OptionalDouble cardinal(String[] words) {
        double total = 0;
        double current = 0;
        double lastScale = 1;
        Double beforeAnd = null;
        double scaleBeforeAnd = 1;
        boolean fractionLast = false;
        boolean any = false;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            fractionLast = fractionLast && (word.equals("and") || word.equals("a") || word.equals("an"));
            if (word.isEmpty()) continue;
            if (word.equals("and")) {
                if (!any || beforeAnd != null) return OptionalDouble.empty();
                beforeAnd = total + current;
                scaleBeforeAnd = lastScale;
                total = 0;
                current = 0;
                continue;
            }
            if (word.equals("a") || word.equals("an")) {
                if (current == 0) current = 1;
                continue;
            }
            String singular = word.endsWith("s") && !word.equals("halves") ? word.substring(0, word.length() - 1) : word;
            if (UNITS.containsKey(word) && !word.equals("a") && !word.equals("an") && !word.equals("dozen")) {
                int v = UNITS.get(word);
                // "twenty-five" adds; "five six" or "ten five" are two numbers, not eleven.
                boolean fits = current % 100 == 0 || (current % 10 == 0 && current % 100 >= 20 && v < 10);
                if (!fits || current != Math.rint(current)) return OptionalDouble.empty();
                current += v;
            } else if (TENS.containsKey(word)) {
                if (current % 100 != 0) return OptionalDouble.empty();
                current += TENS.get(word);
            } else if (word.equals("zero") || word.equals("nought") || word.equals("naught")) {
                if (words.length > 1) return OptionalDouble.empty();
            } else if (current == 0 && total == 0 && beforeAnd == null && (word.equals("hundred") || singular.equals("dozen")
                    || SCALES.containsKey(singular))) {
                return OptionalDouble.empty(); // "Thousand Oaks", "the Million Man March": a scale needs a count ("a thousand")
            } else if (word.equals("hundred")) {
                current = (current > 0 ? current : 1) * 100;
            } else if (singular.equals("dozen")) {
                current = (current > 0 ? current : 1) * 12;
            } else if (SCALES.containsKey(singular)) {
                // "three billions", "two thousand millions"; "millions of people" and "thousands" alone are no figure.
                if (!word.equals(singular) && current == 0 && total == 0) return OptionalDouble.empty();
                double scale = SCALES.get(singular);
                if (beforeAnd != null && beforeAnd < scale && total == 0) {
                    current += beforeAnd;
                    beforeAnd = null;
                }
                if (current == 0 && total > 0) total *= scale;
                else total += (current > 0 ? current : 1) * scale;
                current = 0;
                lastScale = scale;
            } else if (DENOMINATORS.containsKey(singular) || word.equals("halves")) {
                double denominator = DENOMINATORS.getOrDefault(singular, 2L);
                boolean numerator = current > 0;
                // "third" alone is an ordinal ("the third quarter"); "half" alone is a half.
                boolean beforeScale = i + 1 < words.length && SCALES.containsKey(singular(words[i + 1]));
                if (!numerator && !singular.equals("half") && !(singular.equals("quarter") && beforeScale)) {
                    return OptionalDouble.empty(); // "quarter million" is 250,000
                }
                current = (numerator ? current : 1) / denominator;
                fractionLast = true;
            } else {
                return OptionalDouble.empty();
            }
            any = true;
        }
        if (!any) return OptionalDouble.empty();
        double result = total + current;
        if (beforeAnd != null) {
            // "three and five" are two numbers; "and" joins only after a hundred or scale, or before a fraction.
            if (beforeAnd < 100 && !fractionLast) return OptionalDouble.empty();
            boolean fractionOfScale = fractionLast && total == 0 && current < 1 && scaleBeforeAnd > 1;
            result = fractionOfScale ? beforeAnd + current * scaleBeforeAnd : beforeAnd + result;
        }
        return OptionalDouble.of(result);
    }

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
