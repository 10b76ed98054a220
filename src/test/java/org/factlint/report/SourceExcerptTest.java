package org.factlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceExcerptTest {

    /** The characters above the carets must be the span text, whatever the window. */
    private static void assertCaretUnder(SourceExcerpt excerpt, String spanText) {
        assertThat(excerpt.text().substring(excerpt.caretColumn(), excerpt.caretColumn() + excerpt.caretLength()))
                .isEqualTo(spanText);
        assertThat(excerpt.caretLine()).isEqualTo(" ".repeat(excerpt.caretColumn()) + "^".repeat(spanText.length()));
    }

    private static String longLineWith(String word, int column, int length) {
        StringBuilder line = new StringBuilder("a".repeat(column - 1)).append(word);
        while (line.length() < length) line.append('b');
        return line.toString();
    }

    @Test
    void shortLinesAreShownWhole() {
        String line = "The 2019 invasion";
        SourceExcerpt excerpt = SourceExcerpt.of(line, new SourceSpan(4, 8, 1, 5, "2019"));

        assertThat(excerpt.text()).isEqualTo(line);
        assertCaretUnder(excerpt, "2019");
    }

    @Test
    void longLineIsWindowedAroundTheSpanWithEllipsesOnBothSides() {
        String line = longLineWith("2019", 200, 400);
        SourceExcerpt excerpt = SourceExcerpt.of(line, new SourceSpan(199, 203, 1, 200, "2019"));

        assertThat(excerpt.text()).startsWith("...").endsWith("...")
                .hasSize(SourceExcerpt.MAX_WIDTH + 6);
        assertCaretUnder(excerpt, "2019");
    }

    @Test
    void spanNearTheEndOfALongLineKeepsContextBeforeIt() {
        String line = longLineWith("2019.", 296, 300);
        SourceExcerpt excerpt = SourceExcerpt.of(line, new SourceSpan(295, 299, 1, 296, "2019"));

        assertThat(excerpt.text()).startsWith("...").endsWith("2019.").hasSize(SourceExcerpt.MAX_WIDTH + 3);
        assertCaretUnder(excerpt, "2019");
    }

    @Test
    void spanNearTheStartOfALongLineHasNoLeadingEllipsis() {
        String line = longLineWith("2019", 3, 300);
        SourceExcerpt excerpt = SourceExcerpt.of(line, new SourceSpan(2, 6, 1, 3, "2019"));

        assertThat(excerpt.text()).startsWith("aa2019").endsWith("...");
        assertCaretUnder(excerpt, "2019");
    }

    @Test
    void spanWiderThanTheWindowIsUnderlinedAcrossTheWindow() {
        String word = "x".repeat(200);
        String line = longLineWith(word, 50, 400);
        SourceExcerpt excerpt = SourceExcerpt.of(line, new SourceSpan(49, 249, 1, 50, word));

        assertThat(excerpt.caretColumn()).isEqualTo(3);
        assertThat(excerpt.caretLength()).isEqualTo(SourceExcerpt.MAX_WIDTH);
    }

    @Test
    void emptySpanGetsOneCaret() {
        SourceExcerpt excerpt = SourceExcerpt.of("abc", new SourceSpan(3, 3, 1, 4, ""));

        assertThat(excerpt.caretLine()).isEqualTo("   ^");
    }
}
