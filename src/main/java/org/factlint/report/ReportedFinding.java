package org.factlint.report;

import java.util.List;

/**
 * A finding in source coordinates, ready for any report format.
 *
 * @param arithmetic the calculation behind the finding (e.g. "2025 - 3 = 2022"), or null
 * @param suggestion replacement text for the main span, or null
 */
public record ReportedFinding(String ruleId, Severity severity, String message, SourceSpan location,
                              List<RelatedSpan> related, String arithmetic, String suggestion) {}
