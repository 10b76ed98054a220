package org.factlint.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Figures that are one claim though written as two: amounts in two units ("3 dollars 50 cents",
 * "5 ft 2 in") and ranges ("between £300 and £450", "3-5%", "10 to 12 feet", "$3-5 million").
 *
 * <p>A range is one claim: value is the low end, {@link NumericClaim#high()} the high end, the text
 * spans both. A rule then compares a range with a range ("3-5 miles (5-8km)") rather than guessing
 * which end a restatement matches.
 */
final class Merges {
    private static final Pattern COMPOUND_GAP = Pattern.compile("\\s*,?\\s*(?:and\\s+)?");
    private static final Pattern DASH = Pattern.compile("\\s?[-–—]\\s?|\\s+to\\s+");
    private static final Pattern DASH_MARK = Pattern.compile("\\s?[-–—]\\s?");
    private static final Pattern CHANGE_BEFORE = Pattern.compile("(?i)\\b(?:rose|rise|rises|rising|risen|fell|fall|falls|falling"
            + "|fallen|dropped|drop|drops|gained|gains|lost|loses|climbed|climbs|slipped|slips|declined|declines|added|adds"
            + "|jumped|jumps|surged|surges|slid|slides|eased|eases|edged|advanced|advances|shed|sheds|plunged|soared|tumbled"
            + "|increased|decreased|dipped|dips|sank|sinks|rallied|rallies|retreated|retreats|firmed|firms|reversed|reverses"
            + "|inched|inches|crept|grew|lifted|lifts|piled|rebounded|recovered|gaining|losing|adding|shedding|improved|improves"
            + "|strengthened|weakened|dived|dove|tacked|slumped|slumps|plummeted|plummets|plunges|tumbles|soars|sagged|skidded"
            + "|leapt|leaped|leaps|rocketed|softened|dumped|up|down|by)\\s+(?:\\S+\\s+){0,2}$");
    private static final Pattern FROM_AFTER_CHANGE = Pattern.compile("(?i)\\b(?:rose|rise|rises|rising|risen|fell|fall|falls"
            + "|falling|fallen|dropped|climbed|declined|jumped|increased|decreased|grew|grow|grown|went|up|down)\\s+from\\s+(?:\\S+\\s+)?$");
    private static final Pattern IN_OR_OUT_OF = Pattern.compile("\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?");
    private static final Pattern OVER = Pattern.compile("\\s+over\\s+");
    private static final Pattern AND = Pattern.compile("\\s+and\\s+");
    private static final Pattern BETWEEN_BEFORE = Pattern.compile("(?i)\\b(?:between|from)\\s+(?:\\S+\\s+){0,2}$");
    private static final Pattern INCHES = Pattern.compile("\\s*,?\\s*(?:and\\s+)?(\\d{1,2}(?:\\.\\d+)?)\\s?(?:in\\b|inches|inch|\"|″)");

    private Merges() {}

    /** "3 dollars 50 cents" -> 3.50 USD; "5 feet 2 inches" -> 5.1667 ft; "12 m 2 dm" style pairs of one dimension. */
    static List<Mention> compounds(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention a = mentions.get(i);
            Mention b = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            if (b != null && gap(text, a, b, COMPOUND_GAP) && minorAfterMajor(a, b)) {
                out.add(new Mention(ClaimType.MONEY, a.start(), b.end(), a.figure().plus(b.figure()), a.unit(), a.scale(),
                        false, null, null, null));
                i++;
                continue;
            }
            if (b != null && gap(text, a, b, COMPOUND_GAP) && smallerUnitAfter(a, b)) {
                double inA = Units.convert(b.figure().value(), b.unit(), a.unit()).orElseThrow();
                out.add(a.spanning(a.start(), b.end()).withFigure(a.figure().plus(new Figure(inA, a.figure().precision()))));
                i++;
                continue;
            }
            if (a.type() == ClaimType.QUANTITY && "ft".equals(a.unit())) {
                var inches = INCHES.matcher(text).region(a.end(), Math.min(text.length(), a.end() + 16));
                if (inches.lookingAt() && (b == null || b.start() >= inches.end() || b.end() <= inches.end())) {
                    double feet = Double.parseDouble(inches.group(1)) / 12;
                    out.add(a.spanning(a.start(), inches.end()).withFigure(a.figure().plus(new Figure(feet, a.figure().precision()))));
                    if (b != null && b.end() <= inches.end()) i++; // the "2" of "5 ft 2 in"
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    private static boolean minorAfterMajor(Mention a, Mention b) {
        return a.type() == ClaimType.MONEY && !a.minor() && b.type() == ClaimType.MONEY && b.minor() && a.high() == null
                && a.scale() == 1;
    }

    private static boolean smallerUnitAfter(Mention a, Mention b) {
        if (a.type() != ClaimType.QUANTITY || b.type() != ClaimType.QUANTITY || a.measure() != null || b.measure() != null) return false;
        if (a.unit().equals(b.unit()) || Units.isTemperature(a.unit()) || !Units.sameDimension(a.unit(), b.unit())) return false;
        return Units.convert(1, b.unit(), a.unit()).orElse(2.0) < 1;
    }

    /** "one in five", "1 out of 10", "one over three": one NUMBER claim, the share (0.2). */
    static List<Mention> ratios(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention a = mentions.get(i);
            Mention b = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            if (b != null && a.isPlainNumber() && b.isPlainNumber() && isRatio(text, a, b)) {
                out.add(a.spanning(a.start(), b.end()).withFigure(Figure.ofWords(a.figure().value() / b.figure().value())));
                i++;
            } else {
                out.add(a);
            }
        }
        return out;
    }

    private static boolean isRatio(String text, Mention a, Mention b) {
        double top = a.figure().value();
        double bottom = b.figure().value();
        if (bottom != Math.rint(bottom) || top != Math.rint(top)) return false;
        if (gap(text, a, b, IN_OR_OUT_OF)) return bottom > top && top > 0;
        // "1 over 3"; not "5 over 2019" (a year) nor a score.
        return gap(text, a, b, OVER) && bottom > Math.abs(top) && top != 0 && bottom < 1000;
    }

    /** Joins "low - high" / "between low and high" pairs whose units agree. */
    static List<Mention> ranges(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention a = mentions.get(i);
            Mention b = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            Mention range = b == null ? null : range(text, a, b);
            if (range != null) {
                out.add(range);
                i++;
            } else if (b != null && fallingFromTo(text, a, b)) {
                // "cut from 40 to 35 percent": no range (a change), but the 40 is a percentage too
                out.add(new Mention(b.type(), a.start(), a.end(), a.figure(), b.unit(), a.scale(), false, null, null, null));
            } else {
                out.add(a);
            }
        }
        return out;
    }

    private static final Pattern TO = Pattern.compile("\\s+to\\s+");
    private static final Pattern FROM_BEFORE = Pattern.compile("(?i)\\bfrom\\s+$");

    /** "cut from 40 to 35 percent", "rose from 30 to 40 percent": no range, and the bare first figure takes the second's unit. */
    private static boolean fallingFromTo(String text, Mention a, Mention b) {
        return a.isPlainNumber() && a.scale() == 1 && b.scale() == 1 && b.high() == null && b.measure() == null
                && (b.type() == ClaimType.PERCENT || b.type() == ClaimType.QUANTITY) && gap(text, a, b, TO)
                && FROM_BEFORE.matcher(text.substring(Math.max(0, a.start() - 8), a.start())).find()
                && !WRITTEN_YEAR.matcher(text.substring(a.start(), a.end())).matches();
    }

    private static Mention range(String text, Mention a, Mention b) {
        if (a.high() != null || b.high() != null || a.measure() != null && b.measure() == null) return null;
        boolean dash = gap(text, a, b, DASH);
        boolean to = dash && !gap(text, a, b, DASH_MARK);
        if (to && changeThenLevel(text, a.start(), a.figure().value(),
                b.figure().value() / (a.scale() == 1 && b.scale() > 1 ? b.scale() : 1))) {
            return null;
        }
        boolean between = gap(text, a, b, AND) && BETWEEN_BEFORE.matcher(text.substring(Math.max(0, a.start() - 30), a.start())).find();
        if (!dash && !between) return null;
        if ("ordinal".equals(a.unit()) || "ordinal".equals(b.unit())) return null;
        ClaimType type;
        String unit;
        Figure low = a.figure();
        Figure high = b.figure();
        if (a.type() == b.type() && java.util.Objects.equals(a.unit(), b.unit())) {
            type = a.type();
            unit = a.unit();
        } else if (a.isPlainNumber() && b.type() != ClaimType.NUMBER) { // "3-5%", "10 to 12 feet", "$3-5 million" is below
            type = b.type();
            unit = b.unit();
        } else if (b.isPlainNumber() && a.type() != ClaimType.NUMBER && dash && !to) { // "£300-450", not "5% to 120"
            type = a.type();
            unit = a.unit();
            if (a.scale() > 1 && b.scale() == 1) high = high.scaled(a.scale());
        } else {
            return null;
        }
        double highScale = b.scale() > 1 ? b.scale() : writtenScale(text, b);
        if (a.scale() == 1 && highScale > 1 && low.value() < b.figure().value() / highScale) low = low.scaled(highScale); // "$3-5 million", "four to six million"
        Figure quoted = dash && !to && (high.value() < low.value() || high.value() >= 100 * low.value()) ? quoteHigh(text, a, b) : null;
        if (quoted != null) high = quoted; // "1.2866-2869 dollars" is 1.2866 to 1.2869
        if (!(low.value() < high.value())) return null;
        if (low.precision() < 1 && high.precision() >= 1 && high.value() >= 100 * low.value()) {
            return null; // "1.1700-1702 dollars" is a quote written short, not a range
        }
        if (type == ClaimType.NUMBER && looksLikeYears(low, high)) return null; // "1990-1995" is a period
        if (a.isPlainNumber() && !b.isPlainNumber() && WRITTEN_YEAR.matcher(text.substring(a.start(), a.end())).matches()) {
            return null; // "in 2004 to 551.2 million dollars"; "from 2,000 to 10,000 yuan" stays a range
        }
        Mention merged = a.asRange(b.end(), low, high, type, unit);
        return b.measure() != null ? new Mention(merged.type(), merged.start(), merged.end(), low, b.unit(), merged.scale(),
                false, b.measure(), b.anchor(), high) : merged;
    }

    /**
     * After a verb of change, "X to Y" is usually the change and the level it reached ("fell 47 cents
     * to 59.86 dollars", "rose from 1 yuan to 1.8 yuan", "down five to 27 percent"); it is a range
     * only when the two are close ("rise by 50 to 100 percent", "fell 50% to 75%").
     */
    static boolean changeThenLevel(String text, int lowStart, double low, double high) {
        String before = text.substring(Math.max(0, lowStart - 30), lowStart);
        if (FROM_AFTER_CHANGE.matcher(before).find()) return true;
        if (!CHANGE_BEFORE.matcher(before).find()) return false;
        return !(low > 0 && high <= 3 * low);
    }

    private static final Pattern QUOTED_LOW = Pattern.compile("\\d{1,6}\\.(\\d{2,6})");
    private static final Pattern QUOTED_TAIL = Pattern.compile("\\d{2,6}(?![\\d.,])");

    /**
     * The high end of a quote written short, as exchange-rate and price reports do: "1.2866-2869
     * dollars" (1.2869), "151.05-10 yen" (151.10); the tail replaces the last digits of the low end.
     * Null when the text is not written so or the result does not go up.
     */
    static Figure quoteHigh(String text, Mention a, Mention b) {
        if (a.scale() != 1 || b.scale() != 1 || a.high() != null || b.high() != null) return null;
        String low = text.substring(a.start(), a.end());
        java.util.regex.Matcher lowDigits = QUOTED_LOW.matcher(low);
        java.util.regex.Matcher tail = QUOTED_TAIL.matcher(text).region(b.start(), b.end());
        if (!lowDigits.matches() || !tail.lookingAt() || tail.group().length() > lowDigits.group(1).length()) return null;
        double value = Double.parseDouble(low.substring(0, low.length() - tail.group().length()) + tail.group());
        return value > a.figure().value() ? new Figure(value, a.figure().precision()) : null;
    }

    private static final Pattern WRITTEN_YEAR = Pattern.compile("(?:1[89]|20)\\d{2}");
    private static final Pattern SCALE_WORD_AT_END = Pattern.compile("(?i)\\b(thousand|million|billion|trillion)$");

    /** The scale of number words such as "six million", whose mention carries it in its value, not its scale. */
    private static double writtenScale(String text, Mention m) {
        java.util.regex.Matcher word = SCALE_WORD_AT_END.matcher(text.substring(m.start(), m.end()).strip());
        if (!word.find()) return 1;
        return switch (word.group(1).toLowerCase(java.util.Locale.ROOT)) {
            case "thousand" -> 1e3;
            case "million" -> 1e6;
            case "billion" -> 1e9;
            default -> 1e12;
        };
    }

    private static boolean looksLikeYears(Figure low, Figure high) {
        return low.value() >= 1000 && low.value() <= 2100 && low.value() == Math.rint(low.value());
    }

    private static boolean gap(String text, Mention a, Mention b, Pattern pattern) {
        return b.start() >= a.end() && pattern.matcher(text.substring(a.end(), b.start())).matches();
    }
}
