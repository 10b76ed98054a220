package org.factlint.ingest;

import java.time.LocalDate;

/**
 * A draft as read: its source text exactly as in the file, the plain text the pipeline analyses,
 * and the map from plain-text offsets back to the source.
 *
 * @param name            the path or name shown in reports
 * @param format          how the source was interpreted
 * @param sourceText      the file's text as read (offsets in reports index this string)
 * @param plainText       the prose only: markup, front matter and scripts removed
 * @param sourceMap       plain-text offset to source offset, and source offset to line/column
 * @param publicationDate from front matter or HTML meta; null when the document has none
 * @param title           from front matter or HTML title; null when absent
 */
public record SourceDocument(String name, Format format, String sourceText, String plainText,
                             SourceMap sourceMap, LocalDate publicationDate, String title) {

    public SourceDocument withPublicationDate(LocalDate date) {
        return new SourceDocument(name, format, sourceText, plainText, sourceMap, date, title);
    }
}
