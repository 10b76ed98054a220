package org.factlint.extract;

/**
 * Two time expressions that the text says are the same time: "three decades ago, in 1994",
 * "next year's 2023 World Cup" (kind APPOSITION or POSSESSIVE), or "built in 1975, ... when it opened
 * 40 years ago" (kind WHEN, a looser reading).
 */
public record TemporalLink(String kind, TemporalClaim relative, TemporalClaim absolute) {}
