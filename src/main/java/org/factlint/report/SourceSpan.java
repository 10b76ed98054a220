package org.factlint.report;

/**
 * A span of the source file as read: 0-based Java string offsets (end exclusive), the 1-based
 * line and column of its start, and its text.
 */
public record SourceSpan(int start, int end, int line, int column, String text) {}
