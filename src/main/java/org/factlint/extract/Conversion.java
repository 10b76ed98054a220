package org.factlint.extract;

/** A figure restated in brackets in another currency or unit: "$500 billion (£396bn)". */
public record Conversion(NumericClaim source, NumericClaim target) {}
