package org.factlint.facts;

import java.time.LocalDate;

/** The ECB reference rate that applies to a conversion: units of the target currency per one of the source. */
public record RateFact(ConversionFact conversion, double rate, LocalDate fixingDate, String source) {

    /** The source amount converted at this rate. */
    public double expected() {
        return conversion.source().amount() * rate;
    }

    /** How far the stated figure is from {@link #expected()}, relative, after allowing its own rounding. */
    public double gap() {
        MoneyFact target = conversion.target();
        MoneyFact source = conversion.source();
        return Tolerance.conversionGap(source.amount(), source.precision(), target.amount(), target.precision(), rate);
    }
}
