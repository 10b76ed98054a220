package org.factlint.report;

/** The other span a finding points at, with what it says about it. */
public record RelatedSpan(SourceSpan span, String message) {}
