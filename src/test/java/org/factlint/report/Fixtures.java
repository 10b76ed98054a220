package org.factlint.report;

import java.time.LocalDate;
import java.util.List;

/** Hand-built results with spans at known columns. */
final class Fixtures {
    static final String PATH = "seeds/a.md";
    static final String LINE_9 = "Deposits fell under Russian control after the 2019 invasion.";
    static final LocalDate PUBLISHED = LocalDate.of(2025, 2, 25);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private Fixtures() {}

    /** A span of {@code text} on a line, located by searching the line; {@code lineStart} is the line's source offset. */
    static SourceSpan span(String line, String text, int lineNumber, int lineStart) {
        int index = line.indexOf(text);
        if (index < 0) throw new IllegalArgumentException(text + " not in " + line);
        return new SourceSpan(lineStart + index, lineStart + index + text.length(), lineNumber, index + 1, text);
    }

    static ReportedFinding datedTwice() {
        return new ReportedFinding("event-dated-twice", Severity.WARNING,
                "The invasion is dated 2019 here but three years ago (2022) elsewhere",
                span(LINE_9, "2019", 9, 500),
                List.of(new RelatedSpan(new SourceSpan(380, 395, 7, 180, "three years ago"),
                        "dates the full-scale invasion to 2022")),
                "2025 - 3 = 2022", "2022");
    }

    static ReportedFinding finding(Severity severity, String rule, int start) {
        return new ReportedFinding(rule, severity, rule + " message",
                new SourceSpan(start, start + 1, 1, start + 1, "x"), List.of(), null, null);
    }

    static FileResult file(String path, LocalDate published, List<ReportedFinding> findings) {
        return new FileResult(path, published, published == null ? TODAY : null, findings, List.of());
    }
}
