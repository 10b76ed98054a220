package org.factlint.nlp;

import java.util.List;

/** A sentence of the plain text with its tokens; offsets are plain-text offsets, end exclusive. */
public record Sentence(int index, int start, int end, List<Token> tokens) {

    /** Index of the first token starting at or after {@code offset}, or tokens.size(). */
    public int tokenAtOrAfter(int offset) {
        int low = 0, high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).start() < offset) low = mid + 1; else high = mid;
        }
        return low;
    }

    /** Index of the last token ending at or before {@code offset}, or -1. */
    public int tokenEndingAtOrBefore(int offset) {
        int index = tokenAtOrAfter(offset) - 1;
        while (index >= 0 && tokens.get(index).end() > offset) index--;
        return index;
    }
}
