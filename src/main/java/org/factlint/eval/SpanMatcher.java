package org.factlint.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One-to-one alignment of gold spans with system spans: among overlapping pairs, exact spans
 * first, then the largest overlap, then document order. Each gold and each system span is used at
 * most once, so two system answers on one gold span count as one match and one false positive.
 */
public final class SpanMatcher {
    private SpanMatcher() {}

    /** A matched pair: indexes into the gold and system lists. */
    public record Pair(int gold, int system) {}

    public static List<Pair> match(List<Span> gold, List<Span> system) {
        List<int[]> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int s = 0; s < system.size(); s++) {
                Span a = gold.get(g), b = system.get(s);
                if (a.overlaps(b)) candidates.add(new int[] {g, s, a.equals(b) ? 1 : 0, a.overlap(b)});
            }
        }
        candidates.sort(Comparator.<int[]>comparingInt(c -> -c[2]).thenComparingInt(c -> -c[3])
                .thenComparingInt(c -> c[0]).thenComparingInt(c -> c[1]));
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] systemUsed = new boolean[system.size()];
        List<Pair> pairs = new ArrayList<>();
        for (int[] c : candidates) {
            if (goldUsed[c[0]] || systemUsed[c[1]]) continue;
            goldUsed[c[0]] = true;
            systemUsed[c[1]] = true;
            pairs.add(new Pair(c[0], c[1]));
        }
        pairs.sort(Comparator.comparingInt(Pair::gold));
        return pairs;
    }
}
