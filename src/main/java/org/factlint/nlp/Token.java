package org.factlint.nlp;

/** A token of the plain text: offsets (end exclusive), its text and its Universal Dependencies POS tag. */
public record Token(int start, int end, String text, String pos) {

    public boolean isNoun() {
        return pos.startsWith("NOUN") || pos.startsWith("PROPN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("PROPN");
    }

    public boolean isVerb() {
        return pos.startsWith("VERB") || pos.startsWith("AUX");
    }
}
