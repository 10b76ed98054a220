package org.factlint.nlp;

import java.util.List;

/**
 * A sentence of the plain text; offsets are plain-text offsets, end exclusive. Its tokens and POS
 * tags are computed on first use: tagging is most of the pipeline's cost, and only sentences that
 * hold a claim need it.
 */
public final class Sentence {
    private final int index;
    private final int start;
    private final int end;
    private final NlpPipeline pipeline;
    private final String text;
    private List<Token> tokens;

    Sentence(int index, int start, int end, String text, NlpPipeline pipeline) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.text = text;
        this.pipeline = pipeline;
    }

    public int index() {
        return index;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public List<Token> tokens() {
        if (tokens == null) tokens = pipeline.tokenize(text.substring(start, end), start);
        return tokens;
    }

    /** Index of the first token starting at or after {@code offset}, or tokens().size(). */
    public int tokenAtOrAfter(int offset) {
        List<Token> all = tokens();
        int low = 0, high = all.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (all.get(mid).start() < offset) low = mid + 1; else high = mid;
        }
        return low;
    }

    /** Index of the last token ending at or before {@code offset}, or -1. */
    public int tokenEndingAtOrBefore(int offset) {
        int index = tokenAtOrAfter(offset) - 1;
        while (index >= 0 && tokens().get(index).end() > offset) index--;
        return index;
    }
}
