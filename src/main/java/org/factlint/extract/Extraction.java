package org.factlint.extract;

import java.time.LocalDate;
import java.util.List;
import org.factlint.extract.statements.Statement;

/**
 * All claims of one document, in text order, with the conversions that link some of them and the
 * statements whose figures can be checked against each other.
 */
public record Extraction(LocalDate referenceDate, List<TemporalClaim> temporal, List<NumericClaim> numeric,
                         List<Conversion> conversions, List<Statement> statements) {}
