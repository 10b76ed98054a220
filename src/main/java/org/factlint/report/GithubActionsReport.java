package org.factlint.report;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * {@code factlint check --format github}: one GitHub Actions workflow command per finding, which the
 * runner turns into an annotation on the file and line:
 * <pre>
 * ::warning file=seeds/a.md,line=10,col=346,endLine=10,endColumn=350,title=factlint event-dated-twice::The invasion ...%0Aarithmetic: 2025 - 3 = 2022
 * </pre>
 * error, warning, or notice for info; unreadable files as {@code ::error file=PATH::cause}; the text
 * report's summary line last (plain log output). Paths are relative to the base folder (GitHub wants
 * them relative to the repository root, where workflows run). endColumn is exclusive. A span over
 * several lines gets no columns: the runner drops an annotation whose columns span lines.
 */
public final class GithubActionsReport {
    private static final Comparator<ReportedFinding> SOURCE_ORDER =
            Comparator.comparingInt(f -> f.location() == null ? -1 : f.location().start());

    private final Path base;

    /** Paths relative to the current directory. */
    public GithubActionsReport() {
        this(Path.of(""));
    }

    public GithubActionsReport(Path base) {
        this.base = base;
    }

    public String render(CheckRun run) {
        StringBuilder out = new StringBuilder();
        for (FileResult file : run.files()) {
            String path = ArtifactUri.relativePath(file.path(), base);
            List<ReportedFinding> findings = file.findings().stream().sorted(SOURCE_ORDER).toList();
            for (ReportedFinding finding : findings) out.append(command(path, finding)).append('\n');
        }
        for (FileError error : run.errors()) {
            out.append("::error file=").append(escapeProperty(ArtifactUri.relativePath(error.path(), base)))
                    .append("::").append(escapeData(error.message())).append('\n');
        }
        return out.append(TextReport.summary(run)).append('\n').toString();
    }

    private static String command(String path, ReportedFinding finding) {
        StringBuilder line = new StringBuilder("::").append(command(finding.severity()))
                .append(" file=").append(escapeProperty(path));
        SourceSpan at = finding.location();
        if (at != null) {
            LineIndex.Position end = LineIndex.endOf(at);
            line.append(",line=").append(at.line());
            if (end.line() == at.line()) {
                line.append(",col=").append(at.column()).append(",endLine=").append(end.line())
                        .append(",endColumn=").append(Math.max(at.column(), end.column()));
            } else {
                line.append(",endLine=").append(end.line());
            }
        }
        line.append(",title=").append(escapeProperty("factlint " + finding.ruleId()));
        return line.append("::").append(escapeData(message(finding))).toString();
    }

    /** The message, then related spans, arithmetic and suggestion on lines of their own. */
    private static String message(ReportedFinding finding) {
        StringBuilder text = new StringBuilder(TextReport.oneLine(finding.message()));
        for (RelatedSpan related : finding.related()) {
            SourceSpan span = related.span();
            text.append("\nrelated ").append(span.line()).append(':').append(span.column()).append(": \"")
                    .append(TextReport.oneLine(span.text())).append('"');
            if (related.message() != null) text.append(' ').append(TextReport.oneLine(related.message()));
        }
        if (finding.arithmetic() != null) text.append("\narithmetic: ").append(TextReport.oneLine(finding.arithmetic()));
        if (finding.suggestion() != null) text.append("\nsuggestion: ").append(TextReport.oneLine(finding.suggestion()));
        return text.toString();
    }

    private static String command(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** The message after "::": the runner decodes %25, %0D and %0A. */
    static String escapeData(String text) {
        return (text == null ? "" : text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: additionally ':' and ',' which would end the value. */
    static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }
}
