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
        List<Candidate<T>> chosen = new ArrayList<>();
        for (Candidate<T> candidate : byLength) {
            boolean overlaps = false;
            for (Candidate<T> taken : chosen) {
                if (candidate.start < taken.end && taken.start < candidate.end) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) chosen.add(candidate);
        }
        chosen.sort(Comparator.comparingInt(c -> c.start));
        List<T> result = new ArrayList<>(chosen.size());
        for (Candidate<T> c : chosen) result.add(c.value);
        return result;
    }
}
