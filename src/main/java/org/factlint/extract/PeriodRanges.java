package org.factlint.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factlint.nlp.AnalyzedText;

/**
 * Composed readings of periods named by a unit the counted-period scan does not take: fortnights
 * ("over the past fortnight", "the next fortnight"), points counted in "... 's time" ("in a
 * fortnight's time", "in two weeks' time") and decades ahead ("in the next decade", "in the next two
 * decades"). Like the other compositions they are shown and scored, never given to the rules.
 *
 * <p>They follow the counted periods ("the next three years"): one behind ends on the reference date,
 * one ahead starts the day after it. So "in the next decade" is the next ten years, not the next
 * calendar decade (Recognizers-Text's reading): news means the ten years to come ("aims to pull 70,000
 * troops out in the next decade", written in 2005). "Over the next decade" is left to the base scan's
 * duration.
 */
final class PeriodRanges {
    private static final String COUNT = "(?<n>\\d{1,3}|" + NumberWords.PATTERN + ")";
    private static final Pattern FORTNIGHT = Pattern.compile(
            "(?i)\\b(?:the\\s+)?(?<rel>past|last|previous|next|coming)\\s+fortnight\\b(?![-'’]|\\s+(?:of|after|before|since)\\b)");
    /** "in a fortnight's time", "in two weeks' time": a point ahead, whatever the tense of the clause. */
    private static final Pattern IN_TIME = Pattern.compile(
            "(?i)\\bin\\s+" + COUNT + "\\s+(?<unit>days?|weeks?|fortnights?|months?|years?)(?=['’]s?\\s+time\\b)");
    /** "in the next decade", "in the coming two decades"; the span leaves out "in". */
    private static final Pattern NEXT_DECADES = Pattern.compile(
            "(?i)\\bin\\s+(?<span>the\\s+(?:next|coming)\\s+(?:" + COUNT + "\\s+decades|decade))\\b(?![-'’]|\\s+(?:of|after|before|since)\\b)");

    private PeriodRanges() {}

    static List<ComposedTime> find(AnalyzedText analyzed, LocalDate reference) {
        String text = analyzed.text();
        List<ComposedTime> found = new ArrayList<>();
        for (Matcher m : SkippingMatcher.matches(FORTNIGHT, text)) {
            boolean ahead = m.group("rel").toLowerCase(Locale.ROOT).matches("next|coming");
            // "over the next fortnight, he recovered" counts from the story's time
            if (ahead && Tense.of(analyzed.sentenceAt(m.start()), m.start()) == Tense.PAST) continue;
            LocalDate first = ahead ? reference.plusDays(1) : reference.minusWeeks(2);
            LocalDate end = ahead ? first.plusWeeks(2) : reference;
            found.add(range(m.start(), m.end(), text, first, end));
        }
        for (Matcher m : SkippingMatcher.matches(IN_TIME, text)) {
            long n = count(m.group("n"));
            if (n <= 0) continue;
            String unit = m.group("unit").toLowerCase(Locale.ROOT).replaceFirst("s$", "");
            LocalDate day = switch (unit) {
                case "day" -> reference.plusDays(n);
                case "week" -> reference.plusWeeks(n);
                case "fortnight" -> reference.plusWeeks(2 * n);
                case "month" -> reference.plusMonths(n);
                default -> reference.plusYears(n);
            };
            found.add(new ComposedTime(ClaimType.DATE, m.start(), m.end(), m.group(), Timex.day(day), null,
                    reference + " + " + n + " " + unit + (n == 1 ? "" : "s") + " = " + day));
        }
        for (Matcher m : SkippingMatcher.matches(NEXT_DECADES, text)) {
            long n = m.group("n") == null ? 1 : count(m.group("n"));
            if (n <= 0 || n > 10) continue;
            LocalDate first = reference.plusDays(1);
            found.add(range(m.start("span"), m.end("span"), text, first, first.plusYears(10 * n)));
        }
        return found;
    }

    private static ComposedTime range(int start, int end, String text, LocalDate first, LocalDate end2) {
        return new ComposedTime(ClaimType.DATE, start, end, text.substring(start, end), Timex.day(first), Timex.day(end2), null);
    }

    private static long count(String words) {
        var n = NumberWords.parse(words.toLowerCase(Locale.ROOT));
        return n.isPresent() && n.getAsLong() <= 1000 ? n.getAsLong() : -1;
    }
}
