package org.factlint.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factlint.ingest.MappingAssertions.assertWordsMapExactly;
import static org.factlint.ingest.MappingAssertions.sourceOfWord;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlReadingTest {
    private final DocumentReader reader = new DocumentReader();

    private SourceDocument read(String html) throws InputException {
        return reader.read("page.html", html.getBytes(StandardCharsets.UTF_8), Format.HTML);
    }

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head>
              <title>Budget day</title>
              <meta property="article:published_time" content="2025-03-04T09:30:00+00:00">
              <style>p { color: red }</style>
            </head>
            <body>
              <script>var secret = "not prose";</script>
              <h1>Budget   day</h1>
              <p>The chancellor said
                 spending rises by <b>4%</b> in May.</p>
              <!-- hidden comment -->
              <ul><li>Fish &amp; chips</li><li>Tax &pound;5bn</li></ul>
              <p>Line one<br>Line two</p>
              <noscript>enable scripts</noscript>
              <svg><text>chart label</text></svg>
              <pre>keep   this</pre>
            </body></html>
            """;

    @Test
    void extractsBodyTextWithBlocksSeparated() throws Exception {
        SourceDocument doc = read(PAGE);
        assertThat(doc.format()).isEqualTo(Format.HTML);
        assertThat(doc.sourceText()).isEqualTo(PAGE);
        assertThat(doc.plainText()).isEqualTo("""
                Budget day

                The chancellor said spending rises by 4% in May.

                Fish & chips

                Tax £5bn

                Line one
                Line two

                keep   this

                """);
    }

    @Test
    void readsTitleAndPublishedTime() throws Exception {
        SourceDocument doc = read(PAGE);
        assertThat(doc.title()).isEqualTo("Budget day");
        assertThat(doc.publicationDate()).isEqualTo(LocalDate.of(2025, 3, 4));
    }

    @Test
    void everyWordMapsBackToTheSameSourceText() throws Exception {
        SourceDocument doc = read(PAGE);
        assertThat(assertWordsMapExactly(doc, Map.of("&", "&amp;", "£5bn", "&pound;5bn")))
                .contains("Budget", "chancellor", "spending", "4%", "May.", "Fish", "£5bn", "one", "two", "keep", "this");
    }

    @Test
    void positionOfAWordIsLineAndColumnInTheFile() throws Exception {
        SourceDocument doc = read("<html>\r\n<body>\r\n<p>One.</p>\r\n\r\n<p>Then <i>Friday</i> came.</p>\r\n</body></html>");
        int plain = doc.plainText().indexOf("Friday");
        assertThat(doc.sourceMap().position(doc.sourceMap().toSource(plain))).isEqualTo(new Position(5, 12));
        assertWordsMapExactly(doc);
    }

    @Test
    void byteOrderMarkIsNotText() throws Exception {
        SourceDocument doc = read("\uFEFF<p>Hello there.</p>");
        assertThat(doc.sourceText()).startsWith("\uFEFF");
        assertThat(doc.plainText()).isEqualTo("Hello there.\n\n");
        assertWordsMapExactly(doc);
    }

    @Test
    void dateFallsBackToMetaNameDateThenTimeElement() throws Exception {
        assertThat(read("<meta name=\"date\" content=\"2024-07-01\"><p>x</p>").publicationDate())
                .isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(read("<meta name=\"article:published_time\" content=\"2024-07-02T00:00Z\"><p>x</p>").publicationDate())
                .isEqualTo(LocalDate.of(2024, 7, 2));
        assertThat(read("<p>Posted <time datetime=\"2024-07-03T12:00\">Wednesday</time></p>"
                + "<time datetime=\"2020-01-01\">old</time>").publicationDate())
                .isEqualTo(LocalDate.of(2024, 7, 3));
    }

    @Test
    void unparseableDateIsIgnored() throws Exception {
        SourceDocument doc = read("<meta name=\"date\" content=\"last week\"><p>x</p>");
        assertThat(doc.publicationDate()).isNull();
        assertThat(doc.title()).isNull();
    }

    @Test
    void titleFallsBackToOpenGraph() throws Exception {
        assertThat(read("<meta property=\"og:title\" content=\"OG title\"><p>x</p>").title()).isEqualTo("OG title");
    }

    @Test
    void malformedHtmlIsReadLeniently() throws Exception {
        SourceDocument doc = read("<p>Unclosed <b>bold <i>both</b> tail<p>Next &nbsp para");
        assertThat(doc.plainText()).isEqualTo("Unclosed bold both tail\n\nNext \u00a0 para\n\n");
        MappingAssertions.assertOffsetsMonotonic(doc);
        assertThat(sourceOfWord(doc, "tail")).isEqualTo("tail");
    }

    @Test
    void largeDocumentMapsPositionsNearTheEnd() throws Exception {
        StringBuilder html = new StringBuilder("<html><body>\n");
        int i = 0;
        while (html.length() < 1_000_000) html.append("<p>Paragraph ").append(i++).append(" &amp; more.</p>\n");
        html.append("<p>Closing words.</p></body></html>");
        SourceDocument doc = read(html.toString());
        assertThat(sourceOfWord(doc, "Closing")).isEqualTo("Closing");
        String last = "Paragraph " + (i - 1);
        assertThat(sourceOfWord(doc, last)).isEqualTo(last);
    }
}
