package org.factlint.facts;

/** The other span a finding points at (plain-text offsets) and what it says about it. */
public record RelatedSpan(int start, int end, String message) {}
