package org.factlint.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factlint.nlp.AnalyzedText;
import org.factlint.nlp.Sentence;
import org.factlint.nlp.Token;

/**
 * Finds "the 12-storey tower"-style mentions: a number-unit compound before a noun. Only measures
 * that describe a building stay in: with distances and sizes the measure often names the thing
 * ("the 10-metre board" and "the three-metre board" are two diving events; "the 100-metre final").
 */
final class MeasureMentions {
    private static final Pattern COMPOUND = Pattern.compile("(?i)\\b(?<det>the|its|their|his|her|a|an)\\s+"
            + "(?<n>\\d{1,3}(?:,\\d{3})?|\\d{4}|" + NumberWords.PATTERN + ")-(?<unit>storey|story|floor|seat|bed|bedroom|room)\\b");

    private MeasureMentions() {}

    static List<MeasureMention> find(AnalyzedText analyzed) {
        String text = analyzed.text();
        List<MeasureMention> found = new ArrayList<>();
        SkippingMatcher scan = new SkippingMatcher(COMPOUND, text);
        Matcher m = scan.matcher();
        while (scan.find()) {
            double value = NumberWords.parse(m.group("n").replace(",", "")).orElse(-1);
            if (value <= 0) continue;
            Sentence sentence = analyzed.sentenceAt(m.start());
            String noun = headNoun(analyzed, sentence, m.end());
            if (noun == null) continue;
            String determiner = m.group("det").toLowerCase(Locale.ROOT);
            String unit = m.group("unit").toLowerCase(Locale.ROOT).replace("story", "storey");
            found.add(new MeasureMention(m.start("n"), m.end("unit"), m.group("n") + "-" + m.group("unit"), value, unit,
                    noun, !determiner.equals("a") && !determiner.equals("an"), sentence.index()));
        }
        return found;
    }

    /** The last noun of the noun run right after the compound ("office tower" -> tower), as a lemma. */
    private static String headNoun(AnalyzedText analyzed, Sentence sentence, int offset) {
        List<Token> tokens = sentence.tokens();
        int i = sentence.tokenAtOrAfter(offset);
        Token head = null;
        while (i < tokens.size() && (tokens.get(i).pos().startsWith("NOUN") || tokens.get(i).pos().startsWith("ADJ"))) {
            Token token = tokens.get(i);
            // "the hospital starts": a noun in -s right after a noun is most often the verb the tagger missed.
            if (head != null && token.text().endsWith("s")) break;
            if (token.pos().startsWith("NOUN")) head = token;
            i++;
        }
        return head == null ? null : analyzed.lemma(head).toLowerCase(Locale.ROOT);
    }
}
