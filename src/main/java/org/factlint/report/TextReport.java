package org.factlint.report;

import java.util.Comparator;
import java.util.List;

/**
 * Compiler-style text for terminals and editors ({@code path:line:col: severity [rule] message}),
 * followed by the source line with the span underlined, the related spans, the arithmetic and
 * the suggestion. Ends with a one-line summary. Lines end with {@code \n} on every platform.
 *
 * <p>Each file's findings are printed in source order (by start offset); unreadable files follow
 * all checked files as {@code path: error: message}.
 */
public final class TextReport {
    private static final String EXCERPT_INDENT = "    ";
    private static final String DETAIL_INDENT = "  ";
    /** Findings without a location (about the whole file) come first. */
    private static final Comparator<ReportedFinding> SOURCE_ORDER =
            Comparator.comparingInt(f -> f.location() == null ? -1 : f.location().start());

    private final Style style;

    /** Plain text, no escape codes. */
    public TextReport() {
        this(false);
    }

    /** @param ansiColour true to colour severities and embolden locations with ANSI escape codes */
    public TextReport(boolean ansiColour) {
        this(ansiColour ? Style.ansi() : Style.plain());
    }

    public TextReport(Style style) {
        this.style = style;
    }

    /** Renders without source excerpts. */
    public String render(CheckRun run) {
        return render(run, SourceLines.none());
    }

    /**
     * The report of the files checked and the summary line. Files that could not be read are only
     * counted here; {@link #errorLine} gives their line, which the CLI writes to standard error.
     *
     * @param sources source lines for the excerpts; a null line just leaves the excerpt out
     */
    public String render(CheckRun run, SourceLines sources) {
        StringBuilder out = new StringBuilder();
        for (FileResult file : run.files()) renderFile(file, sources, out);
        out.append(summary(run)).append('\n');
        return out.toString();
    }

    /** {@code path: error: cause} for a file that could not be read. */
    public String errorLine(FileError error) {
        return style.location(error.path() + ":") + " " + style.severity(Severity.ERROR, "error:") + " " + error.message();
    }

    private void renderFile(FileResult file, SourceLines sources, StringBuilder out) {
        if (file.publicationDate() == null) {
            out.append(style.location(file.path() + ":")).append(' ').append(style.note("note:"))
                    .append(" no publication date; relative dates resolved against ")
                    .append(file.assumedDate() == null ? "today" : file.assumedDate() + " (today)")
                    .append("; pass --date YYYY-MM-DD\n");
        }
        List<ReportedFinding> findings = file.findings().stream().sorted(SOURCE_ORDER).toList();
        for (ReportedFinding finding : findings) renderFinding(file.path(), finding, sources, out);
    }

    private void renderFinding(String path, ReportedFinding finding, SourceLines sources, StringBuilder out) {
        SourceSpan at = finding.location();
        String location = at == null ? path + ":" : path + ":" + at.line() + ":" + at.column() + ":";
        out.append(style.location(location)).append(' ')
                .append(style.severity(finding.severity(), finding.severity().label())).append(' ')
                .append('[').append(finding.ruleId()).append("] ")
                .append(oneLine(finding.message())).append('\n');
        if (at != null) {
            String lineText = sources.line(path, at.line());
            if (lineText != null) {
                SourceExcerpt excerpt = SourceExcerpt.of(lineText, at);
                out.append(EXCERPT_INDENT).append(excerpt.text()).append('\n');
                out.append(EXCERPT_INDENT).append(" ".repeat(excerpt.caretColumn()))
                        .append(style.severity(finding.severity(), "^".repeat(excerpt.caretLength()))).append('\n');
            }
        }
        for (RelatedSpan related : finding.related()) {
            SourceSpan span = related.span();
            out.append(DETAIL_INDENT).append("related ").append(span.line()).append(':').append(span.column())
                    .append(": \"").append(oneLine(span.text())).append('"');
            if (related.message() != null) out.append(' ').append(oneLine(related.message()));
            out.append('\n');
        }
        if (finding.arithmetic() != null) {
            out.append(DETAIL_INDENT).append("arithmetic: ").append(finding.arithmetic()).append('\n');
        }
        if (finding.suggestion() != null) {
            out.append(DETAIL_INDENT).append("suggestion: ").append(oneLine(finding.suggestion())).append('\n');
        }
    }

    /**
     * {@code 2 files checked: 1 error, 1 warning, 3 info} (severities with no findings are left out),
     * or {@code ... no findings}, plus {@code , 1 file could not be read} when some files failed.
     */
    static String summary(CheckRun run) {
        FindingCounts counts = FindingCounts.of(run.files());
        StringBuilder line = new StringBuilder(plural(run.files().size(), "file")).append(" checked: ");
        if (counts.total() == 0) {
            line.append("no findings");
        } else {
            String sep = "";
            if (counts.errors() > 0) { line.append(plural(counts.errors(), "error")); sep = ", "; }
            if (counts.warnings() > 0) { line.append(sep).append(plural(counts.warnings(), "warning")); sep = ", "; }
            if (counts.infos() > 0) line.append(sep).append(counts.infos()).append(" info");
        }
        if (!run.errors().isEmpty()) {
            line.append(", ").append(plural(run.errors().size(), "file")).append(" could not be read");
        }
        return line.toString();
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** Span texts and messages may contain line breaks; one report line per item keeps output parseable. */
    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
