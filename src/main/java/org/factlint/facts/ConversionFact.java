package org.factlint.facts;

/** A money amount restated in another currency in brackets, dated by the document. */
public record ConversionFact(MoneyFact source, MoneyFact target, java.time.LocalDate date) {}
