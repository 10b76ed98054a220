package org.factlint.engine;

import java.nio.file.Path;
import org.factlint.report.Severity;

/** A rule's metadata, read from its DRL annotations: {@code @id}, {@code @severity}, {@code @summary}. */
public record RuleInfo(String id, Severity severity, String summary, String ruleName, Path file) {}
