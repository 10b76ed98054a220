package org.factlint.nlp;

import java.util.List;

/** The plain text split into sentences and tokens, with the lemmatizer at hand for the few tokens a rule needs. */
public final class AnalyzedText {
    private final String text;
    private final List<Sentence> sentences;
    private final NlpPipeline pipeline;

    AnalyzedText(String text, List<Sentence> sentences, NlpPipeline pipeline) {
        this.text = text;
        this.sentences = sentences;
        this.pipeline = pipeline;
    }

    public String text() {
        return text;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** The sentence containing a plain-text offset (the last one starting at or before it). */
    public Sentence sentenceAt(int offset) {
        int low = 0, high = sentences.size() - 1, found = 0;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return sentences.get(found);
    }

    /** Lemma of one token; lemmatizing everything would cost ten times the rest of the pipeline. */
    public String lemma(Token token) {
        return pipeline.lemma(token);
    }
}
