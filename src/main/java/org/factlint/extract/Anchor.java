package org.factlint.extract;

import java.util.List;

/**
 * What a claim dates or measures: the head noun of the phrase it modifies ("invasion" in "its
 * full-scale invasion three years ago"), its modifiers ("full-scale") and its qualifiers, the proper
 * nouns that single the thing out ("war with Georgia" -> "georgia").
 *
 * @param head       lemma of the head noun, lower case
 * @param phrase     the phrase as written, for messages
 * @param modifiers  lower-case adjectives and nouns before the head
 * @param qualifiers lower-case proper nouns in the phrase or in a following "in/with/of ..." complement
 * @param determiner the determiner or possessive before the phrase ("the", "its", "a"), lower case, or ""
 */
public record Anchor(String head, String phrase, List<String> modifiers, List<String> qualifiers,
                     String determiner) {

    /** An indefinite phrase ("a war") introduces a new thing, so it is never matched with another mention. */
    public boolean isDefinite() {
        return !(determiner.equals("a") || determiner.equals("an") || determiner.equals("another"));
    }
}
