package org.factlint.report;

/**
 * One source line prepared for display with the column range to underline. Columns in spans count
 * UTF-16 units, so the shown line keeps one character per unit: tabs become single spaces, and long
 * lines are cut to a window (marked with "...") rather than wrapped, so the caret still lines up.
 *
 * @param text        the line as shown
 * @param caretColumn 0-based column in {@code text} where the underline starts
 * @param caretLength how many carets (at least one, so empty spans stay visible)
 */
record SourceExcerpt(String text, int caretColumn, int caretLength) {

    /** Lines longer than this are windowed around the span. */
    static final int MAX_WIDTH = 120;
    private static final String ELLIPSIS = "...";

    static SourceExcerpt of(String lineText, SourceSpan span) {
        String line = lineText.replace('\t', ' ');
        int from = Math.max(0, Math.min(span.column() - 1, line.length()));
        // A span running over several lines is underlined to the end of its first line.
        int to = Math.min(line.length(), from + Math.max(0, span.end() - span.start()));
        int length = Math.max(1, to - from);
        if (line.length() <= MAX_WIDTH) return new SourceExcerpt(line, from, length);

        // Centre the span in the window; near either end of the line, give the spare room to the other side.
        int windowStart = Math.max(0, from - Math.max(0, MAX_WIDTH - length) / 2);
        int windowEnd = Math.min(line.length(), windowStart + MAX_WIDTH);
        windowStart = Math.max(0, Math.min(windowStart, windowEnd - MAX_WIDTH));
        String prefix = windowStart > 0 ? ELLIPSIS : "";
        String suffix = windowEnd < line.length() ? ELLIPSIS : "";
        String shown = prefix + line.substring(windowStart, windowEnd) + suffix;
        int shownLength = Math.max(1, Math.min(length, windowEnd - from));
        return new SourceExcerpt(shown, prefix.length() + from - windowStart, shownLength);
    }

    /** The line of spaces and carets to print under {@link #text()}. */
    String caretLine() {
        return " ".repeat(caretColumn) + "^".repeat(caretLength);
    }
}
