package org.factlint.report;

import java.util.ArrayList;
import java.util.List;

/** Findings over real source texts, with offsets, lines and columns computed from the text itself. */
final class Drafts {
    static final String ARTICLE = """
            ---
            date: 2025-02-25
            ---
            Russia invaded three years ago, officials said.
            Deposits fell under Russian control after the 2019 invasion.
            Aid amounts to $500 billion (£296bn).
            """;

    private Drafts() {}

    /** The {@code occurrence}-th (1-based) span of {@code needle} in {@code text}. */
    static SourceSpan span(String text, String needle, int occurrence) {
        int at = -1;
        for (int i = 0; i < occurrence; i++) {
            at = text.indexOf(needle, at + 1);
            if (at < 0) throw new IllegalArgumentException(needle + " #" + occurrence + " not in text");
        }
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        return new SourceSpan(at, at + needle.length(), line, at - lineStart + 1, needle);
    }

    static SourceSpan span(String text, String needle) {
        return span(text, needle, 1);
    }

    static ReportedFinding datedTwice(String text) {
        return new ReportedFinding("event-dated-twice", Severity.WARNING,
                "The invasion is dated 2019 here, but \"three years ago\" puts it in 2022", span(text, "2019"),
                List.of(new RelatedSpan(span(text, "three years ago"), "counted back from the publication date")),
                "2025 - 3 = 2022", "2022");
    }

    static ReportedFinding conversion(String text) {
        return new ReportedFinding("currency-conversion", Severity.ERROR,
                "£296bn does not match $500 billion at the ECB rate of 2025-02-25", span(text, "£296bn"),
                List.of(new RelatedSpan(span(text, "$500 billion"), "the amount converted")), null, "£395bn");
    }

    static ReportedClaim claim(String text, String needle, String type, Object value, String unit) {
        return new ReportedClaim(type, span(text, needle), value, unit, null, null);
    }

    /** The article's findings (both rules) and a few claims. */
    static FileResult article(String path, String text) {
        List<ReportedFinding> findings = new ArrayList<>(List.of(datedTwice(text), conversion(text)));
        List<ReportedClaim> claims = List.of(
                claim(text, "three years ago", "DURATION", "P3Y", null),
                claim(text, "2019", "DATE", "2019", null),
                claim(text, "$500 billion", "MONEY", 500_000_000_000L, "USD"));
        return new FileResult(path, Fixtures.PUBLISHED, null, findings, claims);
    }

    static CheckRun run(FileResult... files) {
        return new CheckRun("0.1.0", List.of(files), List.of());
    }
}
