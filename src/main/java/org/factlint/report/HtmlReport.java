package org.factlint.report;

import java.util.Comparator;
import java.util.List;

/**
 * {@code factlint check --format html}: one self-contained page (inline CSS, no script, no external
 * resources) for an editor to read: a summary, then per file the source text with findings
 * highlighted by severity, their related spans, and every extracted claim underlined; beside it the
 * list of findings with rule, message, arithmetic, suggestion and links to the spans. Finding n has
 * the anchor {@code #fn}, its related span {@code #fn-related}, its list entry {@code #fn-item};
 * numbers run through the whole report. All text from drafts and rules is escaped.
 */
public final class HtmlReport {
    private static final Comparator<ReportedFinding> SOURCE_ORDER =
            Comparator.comparingInt(f -> f.location() == null ? -1 : f.location().start());

    private static final String CSS = """
            :root { --error: #c62828; --error-bg: #fde0e0; --warning: #b26a00; --warning-bg: #fff0c2;
                    --info: #1f5fbf; --info-bg: #e3eeff; --muted: #5f6368; --line: #dadce0; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #202124; background: #f8f9fa; }
            header.report, section.file { max-width: 1400px; margin: 0 auto; padding: 1rem 1.5rem; }
            h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
            h2 { font-size: 1.1rem; margin: 0; word-break: break-all; }
            .summary { font-size: 1.05rem; margin: .25rem 0 .5rem; }
            .legend span { margin-right: 1rem; }
            .muted { color: var(--muted); }
            .unreadable { color: var(--error); }
            section.file { border-top: 1px solid var(--line); }
            .layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(18rem, 2fr); gap: 1.5rem; align-items: start; margin-top: .75rem; }
            @media (max-width: 900px) { .layout { grid-template-columns: 1fr; } }
            .source { white-space: pre-wrap; overflow-wrap: anywhere; font: 16px/1.7 Georgia, "Times New Roman", serif;
                      background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 1rem 1.25rem; margin: 0; }
            aside { position: sticky; top: .5rem; max-height: calc(100vh - 1rem); overflow: auto; }
            ol.findings { list-style: none; margin: 0; padding: 0; }
            ol.findings li { background: #fff; border: 1px solid var(--line); border-left: 5px solid var(--muted);
                             border-radius: 6px; padding: .5rem .75rem; margin-bottom: .6rem; }
            ol.findings li.sev-error { border-left-color: var(--error); }
            ol.findings li.sev-warning { border-left-color: var(--warning); }
            ol.findings li.sev-info { border-left-color: var(--info); }
            ol.findings p { margin: .25rem 0; }
            .badge { display: inline-block; font-size: .75rem; font-weight: 600; text-transform: uppercase; letter-spacing: .03em;
                     border-radius: 3px; padding: 0 .35rem; color: #fff; background: var(--muted); }
            .badge.sev-error { background: var(--error); } .badge.sev-warning { background: var(--warning); } .badge.sev-info { background: var(--info); }
            code { font-size: .85em; }
            .detail { font-size: .9rem; }
            .detail .label { font-weight: 600; color: var(--muted); }
            mark { color: inherit; border-radius: 2px; }
            mark.finding { padding: 0 1px; }
            mark.finding.sev-error { background: var(--error-bg); border-bottom: 2px solid var(--error); }
            mark.finding.sev-warning { background: var(--warning-bg); border-bottom: 2px solid var(--warning); }
            mark.finding.sev-info { background: var(--info-bg); border-bottom: 2px solid var(--info); }
            mark.related { background: transparent; outline: 1px dashed var(--muted); outline-offset: 1px; }
            mark.related.sev-error { outline-color: var(--error); } mark.related.sev-warning { outline-color: var(--warning); }
            mark.related.sev-info { outline-color: var(--info); }
            mark:empty { display: inline-block; width: 2px; height: 1em; vertical-align: text-bottom; }
            span.claim { text-decoration: underline dotted #80868b; text-underline-offset: 3px; }
            sup.ref { font: 600 .65rem/1 system-ui, sans-serif; margin-left: 1px; }
            sup.ref a { text-decoration: none; color: var(--muted); }
            :target { outline: 3px solid #202124 !important; outline-offset: 2px; }
            li:target { outline-offset: 0; }
            footer { max-width: 1400px; margin: 0 auto; padding: 1rem 1.5rem 2rem; font-size: .85rem; color: var(--muted); }
            """;

    public String render(CheckRun run, SourceTexts sources) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>factlint report</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        header(run, out);
        int number = 1;
        for (int i = 0; i < run.files().size(); i++) number = file(run.files().get(i), i + 1, number, sources, out);
        out.append("<footer>").append(Html.escape(JsonReport.TOOL_NAME + " " + run.toolVersion()))
                .append(" \u00b7 offsets, lines and columns refer to each file as given</footer>\n</body>\n</html>");
        return out.toString();
    }

    private static void header(CheckRun run, StringBuilder out) {
        out.append("<header class=\"report\">\n<h1>factlint report</h1>\n<p class=\"summary\">")
                .append(Html.escape(TextReport.summary(run))).append("</p>\n");
        out.append("<p class=\"legend muted\"><span><mark class=\"finding sev-error\">error</mark></span>")
                .append("<span><mark class=\"finding sev-warning\">warning</mark></span>")
                .append("<span><mark class=\"finding sev-info\">info</mark></span>")
                .append("<span><mark class=\"related sev-warning\">related span</mark></span>")
                .append("<span><span class=\"claim\">extracted claim</span> (hover for type and value)</span></p>\n");
        if (run.files().size() > 1) {
            out.append("<ul class=\"files\">\n");
            for (int i = 0; i < run.files().size(); i++) {
                FileResult file = run.files().get(i);
                // The text summary's wording, without its "1 file checked: " lead.
                String counts = TextReport.summary(new CheckRun(run.toolVersion(), List.of(file), List.of()));
                out.append("<li><a href=\"#file-").append(i + 1).append("\">").append(Html.escape(file.path()))
                        .append("</a> <span class=\"muted\">").append(Html.escape(counts.substring(counts.indexOf(": ") + 2)))
                        .append("</span></li>\n");
            }
            out.append("</ul>\n");
        }
        if (!run.errors().isEmpty()) {
            out.append("<ul class=\"unreadable\">\n");
            for (FileError error : run.errors()) {
                out.append("<li><strong>").append(Html.escape(error.path())).append("</strong>: ")
                        .append(Html.escape(error.message())).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("</header>\n");
    }

    /** @return the number of the next finding */
    private static int file(FileResult file, int index, int firstNumber, SourceTexts sources, StringBuilder out) {
        out.append("<section class=\"file\" id=\"file-").append(index).append("\">\n<h2>")
                .append(Html.escape(file.path())).append("</h2>\n<p class=\"muted\">");
        if (file.publicationDate() != null) {
            out.append("published ").append(file.publicationDate());
        } else {
            out.append("no publication date; relative dates resolved against ")
                    .append(file.assumedDate() == null ? "today" : file.assumedDate() + " (today)");
        }
        out.append(" \u00b7 ").append(file.findings().size()).append(file.findings().size() == 1 ? " finding" : " findings")
                .append(" \u00b7 ").append(file.claims().size()).append(file.claims().size() == 1 ? " claim" : " claims")
                .append("</p>\n<div class=\"layout\">\n");

        List<ReportedFinding> findings = file.findings().stream().sorted(SOURCE_ORDER).toList();
        String text = sources.text(file.path());
        if (text == null) {
            out.append("<p class=\"source muted\">source text not available</p>\n");
        } else {
            HtmlSourceView view = new HtmlSourceView(text);
            file.claims().forEach(view::claim);
            for (int i = 0; i < findings.size(); i++) view.finding(findings.get(i), firstNumber + i);
            out.append("<div class=\"source\">").append(view.render()).append("</div>\n");
        }

        out.append("<aside>\n");
        if (findings.isEmpty()) out.append("<p class=\"muted\">no findings</p>\n");
        else out.append("<ol class=\"findings\">\n");
        for (int i = 0; i < findings.size(); i++) item(findings.get(i), firstNumber + i, out);
        if (!findings.isEmpty()) out.append("</ol>\n");
        out.append("</aside>\n</div>\n</section>\n");
        return firstNumber + findings.size();
    }

    private static void item(ReportedFinding finding, int number, StringBuilder out) {
        String severity = finding.severity().label();
        out.append("<li id=\"").append(HtmlSourceView.findingId(number)).append("-item\" class=\"sev-").append(severity)
                .append("\">\n<p><span class=\"badge sev-").append(severity).append("\">").append(severity)
                .append("</span> <code>").append(Html.escape(finding.ruleId())).append("</code> ");
        SourceSpan at = finding.location();
        if (at != null) {
            out.append("<a href=\"#").append(HtmlSourceView.findingId(number)).append("\">").append(number).append(" \u00b7 ")
                    .append(at.line()).append(':').append(at.column()).append(" \u201c").append(Html.escape(TextReport.oneLine(at.text())))
                    .append("\u201d</a>");
        } else {
            out.append(number).append(" \u00b7 whole file");
        }
        out.append("</p>\n<p>").append(Html.escape(finding.message())).append("</p>\n");
        for (int k = 0; k < finding.related().size(); k++) {
            RelatedSpan related = finding.related().get(k);
            SourceSpan span = related.span();
            out.append("<p class=\"detail\"><span class=\"label\">related</span> <a href=\"#").append(HtmlSourceView.relatedId(number, k)).append("\">")
                    .append(span.line()).append(':').append(span.column()).append(" \u201c")
                    .append(Html.escape(TextReport.oneLine(span.text()))).append("\u201d</a>");
            if (related.message() != null) out.append(' ').append(Html.escape(related.message()));
            out.append("</p>\n");
        }
        if (finding.arithmetic() != null) {
            out.append("<p class=\"detail\"><span class=\"label\">arithmetic</span> ").append(Html.escape(finding.arithmetic())).append("</p>\n");
        }
        if (finding.suggestion() != null) {
            out.append("<p class=\"detail\"><span class=\"label\">suggestion</span> ").append(Html.escape(finding.suggestion())).append("</p>\n");
        }
        out.append("</li>\n");
    }
}
