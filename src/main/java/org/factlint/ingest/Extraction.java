package org.factlint.ingest;

import java.time.LocalDate;

/** What an extractor finds in a source: plain text with its map, and metadata (either may be null). */
record Extraction(String plainText, SourceMap sourceMap, LocalDate publicationDate, String title) {}
