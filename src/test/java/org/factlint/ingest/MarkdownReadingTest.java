package org.factlint.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factlint.ingest.MappingAssertions.assertWordsMapExactly;
import static org.factlint.ingest.MappingAssertions.sourceOfWord;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MarkdownReadingTest {
    private final DocumentReader reader = new DocumentReader();

    private SourceDocument read(String markdown) throws InputException {
        return reader.read("draft.md", markdown.getBytes(StandardCharsets.UTF_8), Format.MARKDOWN);
    }

    private static final String ARTICLE = """
            ---
            title: "Council raises rents"
            date: 2025-02-25
            tags: [housing]
            ---
            # Rents rise by *12%* this year

            The council said on Monday that rents
            will rise, according to [the report](https://example.org/r "Report") today.

            - First item with `inline code`
            - Second item

            > Quoted paragraph here.

            ```
            code block should vanish
            ```

                indented code vanishes too

            <!-- an editor's comment -->

            <div>
            html block vanishes
            </div>

            Fish &amp; chips cost &pound;5 or \\$7 here.
            ![alt text hidden](pic.png) After image.
            """;

    @Test
    void extractsProseOnlyWithBlocksSeparated() throws Exception {
        SourceDocument doc = read(ARTICLE);

        assertThat(doc.format()).isEqualTo(Format.MARKDOWN);
        assertThat(doc.sourceText()).isEqualTo(ARTICLE);
        assertThat(doc.plainText()).isEqualTo("""
                Rents rise by 12% this year

                The council said on Monday that rents will rise, according to the report today.

                First item with inline code

                Second item

                Quoted paragraph here.

                Fish & chips cost £5 or $7 here.  After image.

                """);
    }

    @Test
    void readsTitleAndDateFromFrontMatter() throws Exception {
        SourceDocument doc = read(ARTICLE);
        assertThat(doc.title()).isEqualTo("Council raises rents");
        assertThat(doc.publicationDate()).isEqualTo(LocalDate.of(2025, 2, 25));
    }

    @Test
    void everyWordMapsBackToTheSameSourceText() throws Exception {
        SourceDocument doc = read(ARTICLE);
        assertThat(assertWordsMapExactly(doc, java.util.Map.of("&", "&amp;", "£5", "&pound;5")))
                .contains("Rents", "12%", "Monday", "rents", "report", "code", "Quoted", "Fish", "&", "£5", "$7", "After");
    }

    @Test
    void entitiesAndEscapesMapToTheirWholeSourceSpan() throws Exception {
        SourceDocument doc = read("Price: &pound;5, caf&eacute; \\$7 and &#x41;BC.\n");
        assertThat(doc.plainText()).isEqualTo("Price: £5, café $7 and ABC.\n\n");
        assertThat(sourceOfWord(doc, "£5")).isEqualTo("&pound;5");
        assertThat(sourceOfWord(doc, "café")).isEqualTo("caf&eacute;");
        assertThat(sourceOfWord(doc, "$7")).isEqualTo("$7");
        assertThat(sourceOfWord(doc, "ABC")).isEqualTo("&#x41;BC");
    }

    @Test
    void positionOfAWordOnLineFiveIsLineAndColumnInTheFile() throws Exception {
        SourceDocument doc = read("""
                ---
                title: T
                ---
                First paragraph.
                The word **Tuesday** is here.
                """);
        int plain = doc.plainText().indexOf("Tuesday");
        int source = doc.sourceMap().toSource(plain);
        assertThat(doc.sourceMap().position(source)).isEqualTo(new Position(5, 12));
        assertThat(doc.sourceMap().lineText(5)).isEqualTo("The word **Tuesday** is here.");
    }

    @Test
    void crlfLineEndingsAndByteOrderMarkKeepOffsetsExact() throws Exception {
        String source = "\uFEFF---\r\ndate: 2024-12-01\r\ntitle: Windows\r\n---\r\n## Heading here\r\n\r\n"
                + "Line one of a\r\nmulti-line paragraph.\r\n";
        SourceDocument doc = read(source);
        assertThat(doc.sourceText()).isEqualTo(source);
        assertThat(doc.plainText()).isEqualTo("Heading here\n\nLine one of a multi-line paragraph.\n\n");
        assertThat(doc.publicationDate()).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(doc.title()).isEqualTo("Windows");
        assertWordsMapExactly(doc);
        int plain = doc.plainText().indexOf("multi-line");
        assertThat(doc.sourceMap().position(doc.sourceMap().toSource(plain))).isEqualTo(new Position(8, 1));
    }

    @Test
    void byteOrderMarkWithoutFrontMatterIsNotText() throws Exception {
        SourceDocument doc = read("\uFEFFHello world.\n");
        assertThat(doc.sourceText()).startsWith("\uFEFF");
        assertThat(doc.plainText()).isEqualTo("Hello world.\n\n");
        assertWordsMapExactly(doc);
    }

    @Test
    void hardLineBreakBecomesNewline() throws Exception {
        SourceDocument doc = read("Line one  \nLine two\\\nLine three\n");
        assertThat(doc.plainText()).isEqualTo("Line one\nLine two\nLine three\n\n");
        assertWordsMapExactly(doc);
    }

    @Test
    void documentWithoutFrontMatterHasNoMetadata() throws Exception {
        SourceDocument doc = read("Just text.\n");
        assertThat(doc.publicationDate()).isNull();
        assertThat(doc.title()).isNull();
    }

    @Test
    void dateMayBeAStringOrATimestampAndIsTakenAsWritten() throws Exception {
        assertThat(read("---\ndate: \"2025-02-25\"\n---\nx\n").publicationDate()).isEqualTo(LocalDate.of(2025, 2, 25));
        assertThat(read("---\ndate: 2025-02-25T10:00:00Z\n---\nx\n").publicationDate()).isEqualTo(LocalDate.of(2025, 2, 25));
        assertThat(read("---\ndate: 2025-02-25 10:00\n---\nx\n").publicationDate()).isEqualTo(LocalDate.of(2025, 2, 25));
        // Late evening in New York is the next day in UTC; the date as written wins.
        assertThat(read("---\ndate: 2025-02-25T23:30:00-05:00\n---\nx\n").publicationDate())
                .isEqualTo(LocalDate.of(2025, 2, 25));
    }

    @Test
    void frontMatterMayCloseWithDots() throws Exception {
        SourceDocument doc = read("---\ntitle: Dots\n...\nBody text.\n");
        assertThat(doc.title()).isEqualTo("Dots");
        assertThat(doc.plainText()).isEqualTo("Body text.\n\n");
    }

    @Test
    void unclosedFrontMatterIsAnError() {
        assertThatThrownBy(() -> read("---\ntitle: x\nBody text.\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("draft.md: front matter: no closing '---'");
    }

    @Test
    void yamlSyntaxErrorNamesTheFileLine() {
        assertThatThrownBy(() -> read("---\ntitle: ok\nauthor: [unclosed\ndate: 2025-01-01\n---\nBody\n"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("draft.md: front matter line ")
                .hasMessageNotContaining("\n")
                .satisfies(e -> assertThat(lineIn(e.getMessage())).isBetween(3, 5));
        assertThatThrownBy(() -> read("---\ntitle: ok\n  bad: indentation: here\n---\nBody\n"))
                .hasMessageStartingWith("draft.md: front matter line 3: ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void frontMatterThatIsNotAMappingIsAnError() {
        assertThatThrownBy(() -> read("---\n- a\n- b\n---\nBody\n"))
                .hasMessage("draft.md: front matter: expected key: value pairs");
    }

    @Test
    void unparseableDateNamesItsLine() {
        assertThatThrownBy(() -> read("---\ntitle: x\n\ndate: next tuesday\n---\nBody\n"))
                .hasMessage("draft.md: front matter line 4: date 'next tuesday' is not a date (expected YYYY-MM-DD)");
        assertThatThrownBy(() -> read("---\ndate: [2025, 2]\n---\nBody\n"))
                .hasMessage("draft.md: front matter line 2: date is a list or mapping, not a date (expected YYYY-MM-DD)");
        assertThatThrownBy(() -> read("---\ndate: 2025-02-30\n---\nBody\n"))
                .hasMessage("draft.md: front matter line 2: date '2025-02-30' is not a date (expected YYYY-MM-DD)");
    }

    @Test
    void largeGeneratedDocumentIsRead() throws Exception {
        StringBuilder md = new StringBuilder("---\ndate: 2025-01-01\n---\n");
        int paragraphs = 0;
        while (md.length() < 3_000_000) {
            md.append("## Section ").append(paragraphs).append("\n\n")
              .append("The *council* spent &pound;").append(paragraphs).append(" million on [roads](http://x.org)\n")
              .append("in the year, up 3% on the previous year.\n\n");
            paragraphs++;
        }
        SourceDocument doc = read(md.toString());
        assertThat(doc.plainText()).contains("The council spent £" + (paragraphs - 1) + " million on roads in the year");
        MappingAssertions.assertOffsetsMonotonic(doc);
        int last = doc.plainText().lastIndexOf("previous");
        assertThat(MappingAssertions.sourceOf(doc, last, last + 8)).isEqualTo("previous");
    }

    private static int lineIn(String message) {
        var m = java.util.regex.Pattern.compile("line (\\d+):").matcher(message);
        assertThat(m.find()).as(message).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
