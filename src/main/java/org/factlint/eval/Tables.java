package org.factlint.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Renders scores as fixed-width text tables. */
public final class Tables {
    private Tables() {}

    public static String timeml(TimeMlEval.Result result) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"type", "gold", "system", "found", "strict P", "strict R", "strict F1", "relaxed P", "relaxed R",
                "relaxed F1", "value P", "value R", "value F1", "type acc"});
        Counts all = result.overall();
        rows.add(row("ALL", all.gold, all.system, all.relaxed, all.strictSpan(), all.relaxedSpan(), all.valueScore(),
                pct(all.typeAccuracy())));
        TreeMap<String, Boolean> types = new TreeMap<>();
        result.byGoldType().keySet().forEach(t -> types.put(t, true));
        result.bySystemType().keySet().forEach(t -> types.put(t, true));
        for (String type : types.keySet()) {
            Counts g = result.byGoldType().getOrDefault(type, new Counts());
            Counts s = result.bySystemType().getOrDefault(type, new Counts());
            rows.add(row(type, g.gold, s.system, g.relaxed, mixed(g, s, g.strict, s.strict), mixed(g, s, g.relaxed, s.relaxed),
                    mixed(g, s, g.value, s.value), pct(g.typeAccuracy())));
        }
        return render(rows) + "(" + result.documents() + " documents. Per type: recall over gold items of the type, precision over"
                + " answers of the type. Value F1 (TempEval-3): overlap and equal value. Type accuracy over overlapping pairs.)\n";
    }

    /** P from the system-side counts, R from the gold-side counts. */
    private static double[] mixed(Counts gold, Counts system, int goldCorrect, int systemCorrect) {
        double p = system.system == 0 ? 0 : (double) systemCorrect / system.system;
        double r = gold.gold == 0 ? 0 : (double) goldCorrect / gold.gold;
        return new double[] {p, r, Score.f1(p, r)};
    }

    private static String[] row(String name, int gold, int system, int found, Object strict, Object relaxed, Object value, String type) {
        List<String> cells = new ArrayList<>(List.of(name, String.valueOf(gold), String.valueOf(system), String.valueOf(found)));
        for (Object score : new Object[] {strict, relaxed, value}) {
            double[] prf = score instanceof Score s ? new double[] {s.precision(), s.recall(), s.f1()} : (double[]) score;
            for (double d : prf) cells.add(num(d));
        }
        cells.add(type);
        return cells.toArray(String[]::new);
    }

    public static String cases(CaseEval.Result result, java.util.Set<String> targeted) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"category", "skipped", "expected", "found", "precision", "recall", "F1", "exact value", "claim types"});
        Map<String, Counts> ordered = new LinkedHashMap<>(result.counts());
        for (Map.Entry<String, Integer> skip : result.skipped().entrySet()) ordered.putIfAbsent(skip.getKey(), new Counts());
        for (Map.Entry<String, Counts> e : ordered.entrySet()) {
            String name = e.getKey();
            Counts c = e.getValue();
            boolean sub = name.contains("/");
            Score span = c.relaxedSpan();
            String types = sub ? "" : String.join(",", new java.util.TreeSet<>(CaseEval.claimTypes(name)));
            rows.add(new String[] {sub ? "  " + name.substring(name.indexOf('/') + 1) : name + (targeted.contains(name) ? " *" : ""),
                    sub ? "" : String.valueOf(result.skipped().getOrDefault(name, 0)), String.valueOf(c.gold), String.valueOf(c.relaxed),
                    sub ? "-" : num(span.precision()), num(span.recall()), sub ? "-" : num(span.f1()),
                    pct(c.valueAccuracy()) + " (" + c.value + ")", types});
        }
        return render(rows) + "(found: an overlapping claim of the category's claim types; exact value: found with the expected"
                + " value, over expected items; precision: claims of those types overlapping an expected item."
                + (targeted.isEmpty() ? "" : " * = a category a news checker needs.") + ")\n";
    }

    public static String failures(List<Failure> failures, int limit) {
        if (limit <= 0 || failures.isEmpty()) return "";
        Map<String, Integer> byKind = new TreeMap<>();
        for (Failure f : failures) byKind.merge(f.kind() + " " + f.category(), 1, Integer::sum);
        StringBuilder sb = new StringBuilder("\nFailures by kind and category:\n");
        byKind.forEach((k, n) -> sb.append(String.format(Locale.ROOT, "  %5d  %s%n", n, k)));
        sb.append("\nFirst ").append(Math.min(limit, failures.size())).append(" of ").append(failures.size()).append(" failures:\n");
        for (Failure f : failures.subList(0, Math.min(limit, failures.size()))) {
            sb.append(String.format(Locale.ROOT, "%-8s %-12s %s%n", f.kind(), f.category(), f.source()));
            if (!f.expected().isEmpty()) sb.append("    expected ").append(f.expected()).append('\n');
            if (!f.got().isEmpty()) sb.append("    got      ").append(f.got()).append('\n');
            sb.append("    in       ").append(f.context()).append('\n');
        }
        return sb.toString();
    }

    static String num(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }

    static String pct(double d) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * d);
    }

    static String render(List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] row : rows) for (int i = 0; i < columns; i++) width[i] = Math.max(width[i], row[i].length());
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            for (int i = 0; i < columns; i++) {
                String cell = row[i];
                sb.append(i == 0 ? String.format("%-" + width[i] + "s", cell) : String.format("  %" + width[i] + "s", cell));
            }
            sb.append('\n');
            if (r == 0) {
                int total = 0;
                for (int w : width) total += w + 2;
                sb.append("-".repeat(total - 2)).append('\n');
            }
        }
        return sb.toString();
    }
}
