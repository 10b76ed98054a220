package org.factlint.ingest;

import java.util.Arrays;

/**
 * Accumulates plain text together with the source span of every character, so findings in the
 * plain text can be reported at their place in the source. Source starts never decrease.
 */
final class PlainTextBuilder {
    private static final String BLOCK_SEPARATOR = "\n\n";

    private final StringBuilder text = new StringBuilder();
    private int[] starts = new int[256];
    private int[] ends = new int[256];
    /** Source offset just after the last character appended, where separators are anchored. */
    private int lastEnd;

    PlainTextBuilder(int initialSourceOffset) {
        this.lastEnd = initialSourceOffset;
    }

    /** Appends one character that stands for source characters [start, end). */
    void append(char c, int start, int end) {
        int count = text.length();
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        int floor = count == 0 ? 0 : starts[count - 1];
        start = Math.max(start, floor);
        end = Math.max(end, start);
        text.append(c);
        starts[count] = start;
        ends[count] = end;
        lastEnd = Math.max(lastEnd, end);
    }

    /** Appends characters that have no source of their own (a line break, a space for a soft break). */
    void appendSynthetic(char c) {
        append(c, lastEnd, lastEnd);
    }

    /** Collapses whitespace as a browser does: at most one space, none at the start of a block. */
    void appendCollapsing(char c, int start, int end) {
        if (isCollapsibleSpace(c)) {
            if (text.isEmpty() || Character.isWhitespace(lastChar())) return;
            append(' ', start, end);
        } else {
            append(c, start, end);
        }
    }

    /** Ends a block so sentences in neighbouring blocks never merge; idempotent and never leading. */
    void endBlock() {
        while (!text.isEmpty() && lastChar() == ' ') text.setLength(text.length() - 1);
        if (text.isEmpty() || endsWith(BLOCK_SEPARATOR)) return;
        if (lastChar() == '\n') text.setLength(text.length() - 1);
        for (int i = 0; i < BLOCK_SEPARATOR.length(); i++) appendSynthetic(BLOCK_SEPARATOR.charAt(i));
    }

    char lastChar() {
        return text.charAt(text.length() - 1);
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    String text() {
        return text.toString();
    }

    SourceMap sourceMap(String sourceText) {
        int n = text.length();
        return SourceMap.of(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), lastEnd, sourceText);
    }

    private boolean endsWith(String suffix) {
        int from = text.length() - suffix.length();
        return from >= 0 && text.indexOf(suffix, from) == from;
    }

    private static boolean isCollapsibleSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
