package org.factlint.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factlint.ingest.MappingAssertions.assertWordsMapExactly;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();

    private Path write(String fileName, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(fileName), bytes);
    }

    private Path write(String fileName, String text) throws IOException {
        return write(fileName, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void plainTextIsTheSourceWithAnIdentityMap() throws Exception {
        String text = "Line one.\r\nLine two has 3 words.\n\n\nLine five: Thursday.\n";
        Path file = write("draft.txt", text);
        SourceDocument doc = reader.read(file);

        assertThat(doc.name()).isEqualTo(file.toString());
        assertThat(doc.format()).isEqualTo(Format.TEXT);
        assertThat(doc.sourceText()).isEqualTo(text);
        assertThat(doc.plainText()).isEqualTo(text);
        assertThat(doc.publicationDate()).isNull();
        assertThat(doc.title()).isNull();
        assertWordsMapExactly(doc);
        int at = doc.plainText().indexOf("Thursday");
        assertThat(doc.sourceMap().position(doc.sourceMap().toSource(at))).isEqualTo(new Position(5, 12));
        assertThat(doc.sourceMap().lineText(2)).isEqualTo("Line two has 3 words.");
    }

    @Test
    void textByteOrderMarkIsKeptInSourceButNotInPlainText() throws Exception {
        SourceDocument doc = reader.read(write("bom.txt", "\uFEFFHello."));
        assertThat(doc.sourceText()).isEqualTo("\uFEFFHello.");
        assertThat(doc.plainText()).isEqualTo(" Hello.");
        assertWordsMapExactly(doc);
    }

    @Test
    void formatComesFromTheExtension() throws Exception {
        assertThat(reader.read(write("a.md", "# Title\n")).plainText()).isEqualTo("Title\n\n");
        assertThat(reader.read(write("a.markdown", "*x*\n")).format()).isEqualTo(Format.MARKDOWN);
        assertThat(reader.read(write("a.htm", "<p>x</p>")).format()).isEqualTo(Format.HTML);
        assertThat(reader.read(write("a.HTML", "<p>x</p>")).plainText()).isEqualTo("x\n\n");
        assertThat(reader.read(write("notes", "# not markdown")).plainText()).isEqualTo("# not markdown");
    }

    @Test
    void standardInputFormatIsSniffed() throws Exception {
        byte[] markdown = "---\ndate: 2025-05-06\n---\n**Bold** claim.\n".getBytes(StandardCharsets.UTF_8);
        SourceDocument md = reader.readSniffed("<stdin>", markdown);
        assertThat(md.format()).isEqualTo(Format.MARKDOWN);
        assertThat(md.publicationDate()).isEqualTo(LocalDate.of(2025, 5, 6));
        assertThat(md.plainText()).isEqualTo("Bold claim.\n\n");

        SourceDocument withBom = reader.readSniffed("<stdin>", ("\uFEFF" + new String(markdown, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8));
        assertThat(withBom.format()).isEqualTo(Format.MARKDOWN);
        assertThat(withBom.publicationDate()).isEqualTo(LocalDate.of(2025, 5, 6));

        assertThat(reader.readSniffed("<stdin>", "  <p>Hi</p>".getBytes(StandardCharsets.UTF_8)).format())
                .isEqualTo(Format.HTML);
        assertThat(reader.readSniffed("<stdin>", "Hi **there**".getBytes(StandardCharsets.UTF_8)).plainText())
                .isEqualTo("Hi **there**");
    }

    @Test
    void missingFile() {
        Path missing = dir.resolve("nope.md");
        assertThatThrownBy(() -> reader.read(missing))
                .isInstanceOf(InputException.class)
                .hasMessage(missing + ": no such file");
    }

    @Test
    void directory() {
        assertThatThrownBy(() -> reader.read(dir))
                .isInstanceOf(InputException.class)
                .hasMessage(dir + ": is a directory");
    }

    @Test
    void unreadableReasonIsOneLineWithoutThePath() {
        assertThat(DocumentReader.describe(new AccessDeniedException("/secret/draft.md")))
                .isEqualTo("cannot read: permission denied");
        assertThat(DocumentReader.describe(new IOException("Input/output error\n  at disk")))
                .isEqualTo("cannot read: Input/output error at disk");
        assertThat(DocumentReader.describe(new IOException())).isEqualTo("cannot read: IOException");
    }

    @Test
    void emptyFile() throws Exception {
        Path empty = write("empty.md", new byte[0]);
        assertThatThrownBy(() -> reader.read(empty)).hasMessage(empty + ": empty file");
    }

    @Test
    void whitespaceOnlyFile() throws Exception {
        Path blank = write("blank.txt", " \n\t\r\n\uFEFF ");
        assertThatThrownBy(() -> reader.read(blank)).hasMessage(blank + ": empty file");
    }

    @Test
    void nulByteIsBinary() throws Exception {
        Path binary = write("image.txt", new byte[] {'a', 'b', 'c', 0, 'd'});
        assertThatThrownBy(() -> reader.read(binary)).hasMessage(binary + ": binary file (NUL byte at offset 3)");
    }

    @Test
    void invalidUtf8NamesTheByteOffset() throws Exception {
        // "café" in Latin-1: the é is byte 0xE9 at offset 3, not followed by continuation bytes.
        Path latin1 = write("latin1.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'x'});
        assertThatThrownBy(() -> reader.read(latin1)).hasMessage(latin1 + ": not valid UTF-8 (byte offset 3)");
        // A multi-byte sequence cut short at the end of the file.
        byte[] truncated = {'o', 'k', ' ', (byte) 0xE2, (byte) 0x82};
        assertThatThrownBy(() -> reader.read("cut.txt", truncated, Format.TEXT))
                .hasMessage("cut.txt: not valid UTF-8 (byte offset 3)");
    }

    @Test
    void validMultiByteUtf8IsDecoded() throws Exception {
        SourceDocument doc = reader.read(write("euro.txt", "Costs €5 — naïve 😀 end"));
        assertThat(doc.plainText()).isEqualTo("Costs €5 — naïve 😀 end");
    }

    @Test
    void fileLargerThanTheLimit() throws Exception {
        DocumentReader small = new DocumentReader(10);
        Path big = write("big.txt", "eleven byte");
        assertThatThrownBy(() -> small.read(big)).hasMessage(big + ": file too large (11 bytes, limit 10)");
        assertThatThrownBy(() -> small.readSniffed("<stdin>", new byte[11]))
                .hasMessage("<stdin>: file too large (11 bytes, limit 10)");
        assertThat(small.read(write("ok.txt", "ten bytes.")).plainText()).isEqualTo("ten bytes.");
    }

    @Test
    void defaultLimitIsTwentyMebibytes() {
        assertThat(DocumentReader.DEFAULT_MAX_BYTES).isEqualTo(20L * 1024 * 1024);
        assertThatThrownBy(() -> new DocumentReader().read("huge", new byte[20 * 1024 * 1024 + 1], Format.TEXT))
                .hasMessage("huge: file too large (20971521 bytes, limit 20971520)");
    }

    @Test
    void largeMarkdownFileIsRead() throws Exception {
        StringBuilder md = new StringBuilder();
        for (int i = 0; md.length() < 3 * 1024 * 1024; i++) {
            md.append("Paragraph ").append(i).append(" says *prices* rose by ").append(i % 50).append("%\n")
              .append("over [the year](https://example.org/").append(i).append(").\n\n");
        }
        SourceDocument doc = reader.read(write("big.md", md.toString()));
        assertThat(doc.plainText()).startsWith("Paragraph 0 says prices rose by 0% over the year.\n\n");
        assertThat(doc.plainText()).doesNotContain("https://");
        MappingAssertions.assertOffsetsMonotonic(doc);
    }
}
