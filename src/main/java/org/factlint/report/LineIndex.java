package org.factlint.report;

import java.util.Arrays;

/**
 * Line and column of offsets in a source text, counted the way {@link SourceSpan} counts them:
 * lines end at {@code \n} (a preceding {@code \r} belongs to the line's terminator), columns are
 * 1-based UTF-16 units.
 */
final class LineIndex {
    /** A 1-based line and column. */
    record Position(int line, int column) {}

    private final String text;
    private final int[] lineStarts;

    LineIndex(String text) {
        this.text = text;
        int count = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') count++;
        lineStarts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') lineStarts[line++] = i + 1;
    }

    Position position(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int index = Arrays.binarySearch(lineStarts, clamped);
        int line = index >= 0 ? index : -index - 2;
        return new Position(line + 1, clamped - lineStarts[line] + 1);
    }

    /** The line's text without its terminator; "" for a line number out of range. */
    String lineText(int line) {
        if (line < 1 || line > lineStarts.length) return "";
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) end--;
        return text.substring(start, end);
    }

    /** Where a span ends (exclusive), from the file's text. */
    Position end(SourceSpan span) {
        return span.end() <= text.length() ? position(span.end()) : endOf(span);
    }

    /** The last line a span covers: a span ending just after a line break does not cover the next line. */
    int lastLine(SourceSpan span) {
        Position end = end(span);
        return end.column() == 1 && end.line() > span.line() ? end.line() - 1 : end.line();
    }

    /**
     * Where a span ends when the file's text is not at hand: the span's own text gives the same
     * answer, since it is the source between start and end.
     */
    static Position endOf(SourceSpan span) {
        String text = span.text() == null ? "" : span.text();
        int lastBreak = text.lastIndexOf('\n');
        if (lastBreak < 0) return new Position(span.line(), span.column() + text.length());
        int breaks = (int) text.chars().filter(c -> c == '\n').count();
        return new Position(span.line() + breaks, text.length() - lastBreak);
    }
}
