package org.factlint.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * An article's source text as HTML with spans marked: findings (coloured by severity), the spans
 * they relate to, and every extracted claim (dotted underline, type and value in the title).
 * Spans may overlap, so the text is cut at every span boundary and each piece opens and closes the
 * marks covering it in one fixed order; the markup therefore always nests. A mark's id sits on its
 * first piece. After a finding a small number links to its entry in the list; after a related span
 * it links back to the finding.
 */
final class HtmlSourceView {
    /** Outermost first: claims, then related spans, then findings. */
    private enum Kind { CLAIM, RELATED, FINDING }

    private record Mark(Kind kind, int start, int end, int number, String id, String cssClass, String title,
                        String backLink) {}

    private final String text;
    private final List<Mark> marks = new ArrayList<>();

    HtmlSourceView(String text) {
        this.text = text;
    }

    void claim(ReportedClaim claim) {
        SourceSpan span = claim.location();
        if (span == null) return;
        add(new Mark(Kind.CLAIM, span.start(), span.end(), 0, null, "claim", claimTitle(claim), null));
    }

    /** @param number the finding's number in the report; its anchors are f{number} and f{number}-related[-k] */
    void finding(ReportedFinding finding, int number) {
        String severity = finding.severity().label();
        if (finding.location() != null) {
            SourceSpan span = finding.location();
            String title = severity + " [" + finding.ruleId() + "] " + TextReport.oneLine(finding.message());
            add(new Mark(Kind.FINDING, span.start(), span.end(), number, findingId(number), "finding sev-" + severity,
                    title, "#" + findingId(number) + "-item"));
        }
        for (int k = 0; k < finding.related().size(); k++) {
            RelatedSpan related = finding.related().get(k);
            String title = "related to finding " + number + (related.message() == null ? "" : ": " + TextReport.oneLine(related.message()));
            add(new Mark(Kind.RELATED, related.span().start(), related.span().end(), number, relatedId(number, k),
                    "related sev-" + severity, title, "#" + findingId(number)));
        }
    }

    static String findingId(int number) {
        return "f" + number;
    }

    static String relatedId(int number, int index) {
        return "f" + number + "-related" + (index == 0 ? "" : "-" + (index + 1));
    }

    private void add(Mark mark) {
        int start = Math.max(0, Math.min(mark.start(), text.length()));
        int end = Math.max(start, Math.min(mark.end(), text.length()));
        marks.add(new Mark(mark.kind(), start, end, mark.number(), mark.id(), mark.cssClass(), mark.title(), mark.backLink()));
    }

    String render() {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Mark mark : marks) {
            cuts.add(mark.start());
            cuts.add(mark.end());
        }
        Comparator<Mark> nesting = Comparator.comparing(Mark::kind).thenComparingInt(Mark::number)
                .thenComparing(m -> m.id() == null ? "" : m.id());
        StringBuilder out = new StringBuilder();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            emptyMarks(from, out);
            int a = from;
            List<Mark> covering = marks.stream().filter(m -> m.start() <= a && m.end() >= to && m.start() < m.end())
                    .sorted(nesting).toList();
            for (Mark mark : covering) open(mark, mark.start() == a, out);
            out.append(Html.escape(text.substring(a, to)));
            for (int i = covering.size() - 1; i >= 0; i--) out.append(covering.get(i).kind() == Kind.CLAIM ? "</span>" : "</mark>");
            for (Mark mark : marks) {
                if (mark.end() == to && mark.start() < mark.end() && mark.backLink() != null) backLink(mark, out);
            }
            from = to;
        }
        emptyMarks(text.length(), out);
        return out.toString();
    }

    /** A zero-length span still needs its anchor and a visible marker. */
    private void emptyMarks(int at, StringBuilder out) {
        for (Mark mark : marks) {
            if (mark.start() == at && mark.end() == at && mark.kind() != Kind.CLAIM) {
                open(mark, true, out);
                out.append("</mark>");
                backLink(mark, out);
            }
        }
    }

    private static void open(Mark mark, boolean first, StringBuilder out) {
        out.append(mark.kind() == Kind.CLAIM ? "<span" : "<mark");
        if (first && mark.id() != null) out.append(" id=\"").append(mark.id()).append('"');
        // Every piece names its finding, so a span cut into pieces can still be told apart.
        if (mark.kind() != Kind.CLAIM) out.append(" data-finding=\"").append(mark.number()).append('"');
        out.append(" class=\"").append(mark.cssClass()).append("\" title=\"").append(Html.escape(mark.title())).append("\">");
    }

    private static void backLink(Mark mark, StringBuilder out) {
        String cssClass = mark.kind() == Kind.FINDING ? "ref" : "ref back";
        out.append("<sup class=\"").append(cssClass).append("\"><a href=\"").append(mark.backLink()).append("\">")
                .append(mark.kind() == Kind.FINDING ? "" : "&#8617;").append(mark.number()).append("</a></sup>");
    }

    /** "MONEY 500000000000 USD APPROX (around $500 billion) -> aid". */
    static String claimTitle(ReportedClaim claim) {
        StringBuilder title = new StringBuilder(claim.type() == null ? "claim" : claim.type());
        String value = ClaimValues.display(claim.value());
        if (!value.isEmpty()) title.append(' ').append(value);
        if (claim.high() != null) title.append("..").append(ClaimValues.display(claim.high()));
        if (claim.unit() != null) title.append(' ').append(claim.unit());
        if (claim.mod() != null) title.append(' ').append(claim.mod());
        if (claim.anchor() != null) title.append(" \u2192 ").append(claim.anchor());
        return title.toString();
    }
}
