package org.factlint.eval;

/** A half-open character span [start, end). */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public int overlap(Span other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }
}
