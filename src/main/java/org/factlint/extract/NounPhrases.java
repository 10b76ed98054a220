package org.factlint.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factlint.nlp.Token;

/** Reading plain noun phrases off POS-tagged tokens: what the date and the figure anchors share. */
final class NounPhrases {
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "our",
            "my", "your", "this", "that", "another");
    static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("in", "with", "of", "on", "against", "over", "between");

    private NounPhrases() {}

    /** "the", "its", or a possessive such as "Russia's" (one token, or "Russia" + "'s"). */
    static boolean isDeterminer(Token token) {
        return DETERMINERS.contains(lower(token)) || lower(token).endsWith("'s") || lower(token).endsWith("’s");
    }

    /** The determiner word; a possessive proper noun ("Russia's") also says whose, as a qualifier. */
    static String determinerOf(Token token, List<String> qualifiers) {
        String word = lower(token);
        if (DETERMINERS.contains(word)) return word;
        String owner = word.substring(0, word.length() - 2);
        if (Character.isUpperCase(token.text().charAt(0)) && !owner.isEmpty()) qualifiers.add(owner);
        return "'s";
    }

    static List<String> properNouns(List<Token> tokens, int from, int to) {
        List<String> result = new ArrayList<>();
        for (int k = Math.max(0, from); k < to && k < tokens.size(); k++) {
            if (tokens.get(k).isProperNoun()) result.add(lower(tokens.get(k)));
        }
        return result;
    }

    /** Proper nouns of a complement right after the head: "war in Ukraine", "war with Georgia". */
    static List<String> complement(List<Token> tokens, int index) {
        if (index >= tokens.size() || !COMPLEMENT_PREPOSITIONS.contains(lower(tokens.get(index)))) return new ArrayList<>();
        int k = index + 1;
        if (k < tokens.size() && lower(tokens.get(k)).equals("the")) k++;
        int start = k;
        while (k < tokens.size() && tokens.get(k).isProperNoun()) k++;
        return properNouns(tokens, start, k);
    }

    /** OpenNLP splits "full-scale" into three tokens; rejoin them for messages and matching. */
    static List<String> joinHyphens(List<String> words) {
        List<String> joined = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            if (words.get(k).equals("-") && !joined.isEmpty() && k + 1 < words.size()) {
                joined.set(joined.size() - 1, joined.get(joined.size() - 1) + "-" + words.get(++k));
            } else {
                joined.add(words.get(k));
            }
        }
        return joined;
    }

    /** The text from token {@code from} to token {@code toInclusive}, as written. */
    static String span(String text, List<Token> tokens, int from, int toInclusive) {
        return text.substring(tokens.get(Math.max(0, from)).start(), tokens.get(toInclusive).end());
    }

    static String lower(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }
}
