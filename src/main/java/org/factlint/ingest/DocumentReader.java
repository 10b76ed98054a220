package org.factlint.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a draft from a file or bytes into a {@link SourceDocument}. Bad input is reported as an
 * {@link InputException} with a one-line cause. Instances are immutable and thread-safe.
 */
public final class DocumentReader {
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    private static final char BOM = '\uFEFF';

    private final long maxBytes;
    private final MarkdownExtractor markdown = new MarkdownExtractor();
    private final HtmlExtractor html = new HtmlExtractor();

    public DocumentReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public DocumentReader(long maxBytes) {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        this.maxBytes = maxBytes;
    }

    /** Reads a file, choosing the format by its extension; the document is named {@code path.toString()}. */
    public SourceDocument read(Path path) throws InputException {
        String name = path.toString();
        if (Files.isDirectory(path)) throw new InputException(name, "is a directory");
        if (!Files.exists(path)) throw new InputException(name, "no such file");
        byte[] bytes;
        try {
            long size = Files.size(path);
            checkSize(name, size);
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputException(name, describe(e));
        } catch (OutOfMemoryError e) {
            throw new InputException(name, "cannot read: out of memory");
        }
        return read(name, bytes, Format.ofFileName(name));
    }

    /** Reads standard input or other unnamed bytes, guessing the format from the content. */
    public SourceDocument readSniffed(String name, byte[] bytes) throws InputException {
        String text = decode(name, bytes);
        // Sniffing looks for "---" at the very start, which a byte order mark would hide.
        String sniffable = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        return interpret(name, text, Format.sniff(sniffable));
    }

    public SourceDocument read(String name, byte[] bytes, Format format) throws InputException {
        return interpret(name, decode(name, bytes), format);
    }

    private SourceDocument interpret(String name, String source, Format format) throws InputException {
        Extraction extraction;
        try {
            extraction = switch (format) {
                case TEXT -> plainTextOf(source);
                case MARKDOWN -> markdown.extract(source);
                case HTML -> html.extract(source);
            };
        } catch (InputProblem problem) {
            throw new InputException(name, problem.getMessage());
        }
        return new SourceDocument(name, format, source, extraction.plainText(), extraction.sourceMap(),
                extraction.publicationDate(), extraction.title());
    }

    private static Extraction plainTextOf(String source) {
        // Same length as the source, so the identity map stays exact.
        String plain = !source.isEmpty() && source.charAt(0) == BOM ? ' ' + source.substring(1) : source;
        return new Extraction(plain, SourceMap.identity(source), null, null);
    }

    /** Checks size and content, then decodes strict UTF-8. */
    private String decode(String name, byte[] bytes) throws InputException {
        checkSize(name, bytes.length);
        if (bytes.length == 0) throw new InputException(name, "empty file");
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) throw new InputException(name, "binary file (NUL byte at offset " + i + ")");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) throw new InputException(name, "not valid UTF-8 (byte offset " + in.position() + ")");
        String text = out.flip().toString();
        if (isBlank(text)) throw new InputException(name, "empty file");
        return text;
    }

    private void checkSize(String name, long size) throws InputException {
        if (size > maxBytes) throw new InputException(name, "file too large (" + size + " bytes, limit " + maxBytes + ")");
    }

    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != BOM && !Character.isWhitespace(c)) return false;
        }
        return true;
    }

    /** A short reason without the path, which the message already names. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof AccessDeniedException) return "cannot read: permission denied";
        String reason = e.getMessage();
        if (reason == null || reason.isBlank()) reason = e.getClass().getSimpleName();
        return "cannot read: " + reason.strip().replaceAll("\\s+", " ");
    }
}
