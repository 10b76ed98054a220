package org.factlint.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code factlint claims} as a readable table, one claim per line in source order:
 * <pre>
 * a.md: published 2025-02-25
 *   7:180  DURATION  P3Y                      "three years ago"  -&gt; full-scale invasion
 *   12:3   MONEY     500000000000 USD APPROX  "about $500bn"
 *   13:1   PERCENT   0.05                     "5%"
 * </pre>
 * Columns are padded to the widest cell of the file; trailing blanks are trimmed.
 */
public final class ClaimsTextReport {
    private static final String GAP = "  ";
    private static final String INDENT = "  ";

    public String render(List<FileResult> files) {
        StringBuilder out = new StringBuilder();
        for (FileResult file : files) out.append(render(file));
        return out.toString();
    }

    public String render(FileResult file) {
        StringBuilder out = new StringBuilder(file.path()).append(": ");
        if (file.publicationDate() != null) {
            out.append("published ").append(file.publicationDate());
        } else {
            out.append("no publication date; relative dates resolved against ")
                    .append(file.assumedDate() == null ? "today" : file.assumedDate() + " (today)");
        }
        out.append('\n');
        if (file.claims().isEmpty()) return out.append(INDENT).append("no claims\n").toString();

        List<String[]> rows = new ArrayList<>();
        file.claims().stream()
                .sorted(Comparator.comparingInt(c -> c.location() == null ? -1 : c.location().start()))
                .forEach(claim -> rows.add(cells(claim)));
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) widths[i] = Math.max(widths[i], row[i].length());
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(INDENT);
            for (int i = 0; i < row.length; i++) {
                if (widths[i] == 0) continue; // a column no claim uses (e.g. no anchors) takes no room
                line.append(row[i]).append(" ".repeat(widths[i] - row[i].length())).append(GAP);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** location, type, value with unit and mod, quoted text, anchor. */
    private static String[] cells(ReportedClaim claim) {
        SourceSpan at = claim.location();
        String location = at == null ? "" : at.line() + ":" + at.column();
        StringBuilder value = new StringBuilder(ClaimValues.display(claim.value()));
        if (claim.high() != null) value.append("..").append(ClaimValues.display(claim.high())); // a range: low..high
        if (claim.unit() != null) value.append(' ').append(claim.unit());
        if (claim.mod() != null) value.append(' ').append(claim.mod());
        String text = at == null ? "" : "\"" + TextReport.oneLine(at.text()) + "\"";
        String anchor = claim.anchor() == null ? "" : "-> " + claim.anchor();
        return new String[] {location, claim.type() == null ? "" : claim.type(), value.toString().strip(), text, anchor};
    }
}
