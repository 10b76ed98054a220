package org.factlint.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Overlapping matches from several patterns; the longest wins, then the earliest. */
final class Candidates<T> {
    private record Candidate<T>(int start, int end, T value, int order) {}

    private final List<Candidate<T>> all = new ArrayList<>();

    void add(int start, int end, T value) {
        all.add(new Candidate<>(start, end, value, all.size()));
    }

    List<T> selectLongest() {
        List<Candidate<T>> byLength = new ArrayList<>(all);
        byLength.sort(Comparator.<Candidate<T>>comparingInt(c -> c.end - c.start).reversed()
                .thenComparingInt(c -> c.start).thenComparingInt(c -> c.order));
        // Chosen spans never overlap, so a candidate need only be checked against its neighbours by start.
        java.util.TreeMap<Integer, Candidate<T>> byStart = new java.util.TreeMap<>();
        List<Candidate<T>> chosen = new ArrayList<>();
        for (Candidate<T> candidate : byLength) {
            var before = byStart.floorEntry(candidate.start);
            var after = byStart.ceilingEntry(candidate.start);
            boolean overlaps = before != null && before.getValue().end > candidate.start
                    || after != null && after.getKey() < candidate.end;
            if (!overlaps) {
                byStart.put(candidate.start, candidate);
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(c -> c.start));
        List<T> result = new ArrayList<>(chosen.size());
        for (Candidate<T> c : chosen) result.add(c.value);
        return result;
    }
}
