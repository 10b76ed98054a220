package org.factlint.report;

/**
 * A finding's message with its arithmetic and suggestion appended, for formats that have a single
 * message field (SARIF, GitHub annotations, JUnit): "message (arithmetic: 2025 - 3 = 2022; suggestion: 2022)".
 */
final class FindingText {
    private FindingText() {}

    static String full(ReportedFinding finding) {
        String message = TextReport.oneLine(finding.message());
        StringBuilder details = new StringBuilder();
        if (finding.arithmetic() != null && !finding.arithmetic().isBlank()) {
            details.append("arithmetic: ").append(TextReport.oneLine(finding.arithmetic()));
        }
        if (finding.suggestion() != null && !finding.suggestion().isBlank()) {
            if (details.length() > 0) details.append("; ");
            details.append("suggestion: ").append(TextReport.oneLine(finding.suggestion()));
        }
        return details.length() == 0 ? message : message + " (" + details + ")";
    }
}
