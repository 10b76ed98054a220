package org.factlint.facts;

/**
 * A part of a whole restated as a percentage: "18 of the 60 delegates (25%)", "one in four (20%)".
 * Counts are exact, amounts and percentages are taken anywhere within their rounding, and "one in
 * four" may be anything that rounds to it (1 in 3.5 to 1 in 4.5).
 */
public record ShareFact(FigureFact part, FigureFact whole, FigureFact percent, boolean ratio, int sentence) {

    /** The share the figures give, in per cent. */
    public double actual() {
        return part.value() / whole.value() * 100;
    }

    public double actualLow() {
        double wholeHigh = ratio ? whole.value() + 0.5 : whole.high();
        return part.low() / wholeHigh * 100;
    }

    public double actualHigh() {
        double wholeLow = ratio ? whole.value() - 0.5 : whole.low();
        return wholeLow <= 0 ? Double.POSITIVE_INFINITY : part.high() / wholeLow * 100;
    }

    /** Whether no reading of the figures within their rounding gives the stated percentage. */
    public boolean isInconsistent() {
        return actualHigh() < percent.statedLow() || actualLow() > percent.statedHigh();
    }

    public String arithmetic() {
        return FigureFact.amount(part.value()) + " / " + FigureFact.amount(whole.value()) + " = " + FigureFact.percent(actual());
    }

    public String suggestion() {
        return percent.restatePercent(actual());
    }
}
