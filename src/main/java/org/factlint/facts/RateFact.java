package org.factlint.facts;

import java.time.LocalDate;

/** The ECB reference rate that applies to a conversion: units of {@code to} per one {@code from}. */
public record RateFact(ConversionFact conversion, double rate, LocalDate fixingDate, String source) {}
