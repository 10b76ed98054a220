package org.factlint.ingest;

import java.util.Arrays;

/**
 * Maps offsets in the plain text back to offsets in the source text, and source offsets to
 * line and column. Reports always speak in source coordinates.
 */
public final class SourceMap {
    /** sourceOffsets[i] is the source offset of plain character i; one extra entry marks the end. */
    private final int[] sourceOffsets;
    /**
     * Exclusive source end of each plain character, or null when every character is one source
     * character wide. Needed because an entity such as {@code &pound;} is one plain character.
     */
    private final int[] sourceEnds;
    /** Source offsets where each line starts. */
    private final int[] lineStarts;
    private final String sourceText;

    private SourceMap(int[] sourceOffsets, int[] sourceEnds, String sourceText) {
        this.sourceOffsets = sourceOffsets;
        this.sourceEnds = sourceEnds;
        this.sourceText = sourceText;
        this.lineStarts = lineStarts(sourceText);
    }

    /** Plain text identical to the source (plain .txt). */
    public static SourceMap identity(String sourceText) {
        int[] offsets = new int[sourceText.length() + 1];
        Arrays.setAll(offsets, i -> i);
        return new SourceMap(offsets, null, sourceText);
    }

    /**
     * @param plainToSource the source offset of each plain character; its length is the plain length
     * @param plainEnd      the source offset just after the last plain character
     */
    public static SourceMap of(int[] plainToSource, int plainEnd, String sourceText) {
        int[] offsets = Arrays.copyOf(plainToSource, plainToSource.length + 1);
        offsets[plainToSource.length] = plainEnd;
        return new SourceMap(offsets, null, sourceText);
    }

    /**
     * Like {@link #of(int[], int, String)}, with the exclusive source end of each plain character
     * given explicitly (a decoded entity or escape spans several source characters).
     */
    public static SourceMap of(int[] plainToSource, int[] plainToSourceEnd, int plainEnd, String sourceText) {
        if (plainToSourceEnd.length != plainToSource.length) {
            throw new IllegalArgumentException("start and end arrays differ in length");
        }
        int[] offsets = Arrays.copyOf(plainToSource, plainToSource.length + 1);
        offsets[plainToSource.length] = plainEnd;
        return new SourceMap(offsets, plainToSourceEnd.clone(), sourceText);
    }

    public int plainLength() {
        return sourceOffsets.length - 1;
    }

    /** Source offset of the plain character at {@code plainOffset}. */
    public int toSource(int plainOffset) {
        return sourceOffsets[Math.max(0, Math.min(plainOffset, sourceOffsets.length - 1))];
    }

    /** Exclusive source end of a plain span ending (exclusive) at {@code plainEnd}. */
    public int toSourceEnd(int plainEnd) {
        if (plainEnd <= 0) return toSource(0);
        if (sourceEnds != null && plainEnd <= sourceEnds.length) return sourceEnds[plainEnd - 1];
        return toSource(plainEnd - 1) + 1;
    }

    /** 1-based line and column of a source offset. Columns count UTF-16 units, like the offsets. */
    public Position position(int sourceOffset) {
        int index = Arrays.binarySearch(lineStarts, sourceOffset);
        int line = index >= 0 ? index : -index - 2;
        return new Position(line + 1, sourceOffset - lineStarts[line] + 1);
    }

    /** The full source line (without its terminator) containing a source offset. */
    public String lineText(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : sourceText.length();
        while (end > start && (sourceText.charAt(end - 1) == '\n' || sourceText.charAt(end - 1) == '\r')) end--;
        return sourceText.substring(start, end);
    }

    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') count++;
        int[] starts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts[line++] = i + 1;
        return starts;
    }
}
