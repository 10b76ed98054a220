package org.factlint.facts;

import java.time.LocalDate;

/** The document being checked: the date relative expressions were resolved against. */
public record DocumentFact(String name, LocalDate referenceDate, boolean dateAssumed) {}
