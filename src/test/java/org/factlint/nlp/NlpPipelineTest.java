package org.factlint.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NlpPipelineTest {
    private final NlpPipeline pipeline = new NlpPipeline(NlpModels.shared());

    @Test
    void sentencesAndTokensKeepPlainTextOffsets() {
        String text = "Putin spoke on Tuesday. The minister disagreed.";
        AnalyzedText analyzed = pipeline.analyze(text);
        assertThat(analyzed.sentences()).hasSize(2);
        for (Sentence sentence : analyzed.sentences()) {
            for (Token token : sentence.tokens()) {
                assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text());
            }
        }
        assertThat(analyzed.sentenceAt(text.indexOf("minister")).index()).isEqualTo(1);
    }

    @Test
    void monthAbbreviationsDoNotEndSentences() {
        AnalyzedText analyzed = pipeline.analyze("The deal was signed on Feb. 25, 2025 in Kyiv. Talks go on.");
        assertThat(analyzed.sentences()).hasSize(2);
    }

    @Test
    void blankLinesSeparateSentences() {
        AnalyzedText analyzed = pipeline.analyze("A headline without a full stop\n\nThe story starts here.");
        assertThat(analyzed.sentences()).hasSize(2);
    }

    @Test
    void tagsNounsAndLemmatizesOnDemand() {
        AnalyzedText analyzed = pipeline.analyze("The invasions began.");
        Token invasions = analyzed.sentences().get(0).tokens().get(1);
        assertThat(invasions.isNoun()).isTrue();
        assertThat(analyzed.lemma(invasions)).isEqualTo("invasion");
    }

    @Test
    void emptyAndWhitespaceTextHaveNoSentences() {
        assertThat(pipeline.analyze("").sentences()).isEmpty();
        assertThat(pipeline.analyze("   \n\n  ").sentences()).isEmpty();
    }
}
