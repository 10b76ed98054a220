package org.factlint.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factlint.nlp.Sentence;
import org.factlint.nlp.Token;

/**
 * One more unit of time: "Talks will continue for another day", "wait another week", "closed for a further
 * month". A duration of one unit ("another two weeks" is read as "two weeks" by the base scan). Only after
 * "for" or a verb of lasting: "on another day" is some other day, "just another day" an ordinary one, and
 * "a question for another day" puts it off (a noun or pronoun before "for another day" says so); "another
 * decade or two" is vague.
 */
final class AnotherDurations {
    private AnotherDurations() {}

    private static final Pattern ANOTHER = Pattern.compile("(?i)\\b(?:(?<for>for)\\s+)?(?<verb>(?:wait|stay|remain|last|continue"
            + "|surviv|extend|delay|postpon|spen[dt]|tak|took)\\w*\\s+)?(?<span>(?:another|a\\s+further)\\s+(?<unit>day|week"
            + "|fortnight|month|year|decade|hour|minute))\\b(?![-'’]|,?\\s+(?:another|or|of\\s+(?:the|his|her|their|its))\\b)");

    static void scanInto(TemporalContext c, Candidates<TemporalClaim> found) {
        TemporalScan.scan(ANOTHER, c.analyzed().text(), found, m -> another(c, m));
    }

    private static TemporalClaim another(TemporalContext c, Matcher m) {
        if (m.group("for") == null && m.group("verb") == null) return null;
        if (m.group("for") != null && m.group("verb") != null) return null; // "for taking another day": not the pattern's order
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        // "a question for another day", "leave it for another day": put off, not lasting
        if (m.group("for") != null && unit.equals("day") && !verbBefore(c.sentence(m.start()), m.start())) return null;
        String value = unit.equals("fortnight") ? Timex.duration(2, "week") : Timex.duration(1, unit);
        return c.claim(ClaimType.DURATION, m.start("span"), m.end("span"), value, null, null);
    }

    /** Whether the word before "for" is a verb, an adverb or an adjective ("continue", "closed", "open"). */
    private static boolean verbBefore(Sentence sentence, int forStart) {
        List<Token> tokens = sentence.tokens();
        int at = sentence.tokenAtOrAfter(forStart);
        if (at <= 0 || at > tokens.size()) return false;
        String pos = tokens.get(at - 1).pos();
        return pos.startsWith("VERB") || pos.startsWith("AUX") || pos.startsWith("ADV") || pos.startsWith("ADJ");
    }
}
