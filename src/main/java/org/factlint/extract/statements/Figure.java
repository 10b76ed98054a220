package org.factlint.extract.statements;

/**
 * A figure as written in a statement: plain-text span (without any hedge word), value (scale
 * applied: "8m" is 8e6), the place value of its last written digit scaled likewise
 * ({@code precision}: 1e5 for "1.2m", 0.1 for "25.3%"), and how it was written.
 *
 * @param currency the symbol before it ("$", "£", "€", "US$"), or "" for none
 * @param hedge    the word that makes it approximate ("about", "more than"), or null
 * @param kind     COUNT (a plain number), PERCENT, POINTS (percentage points)
 */
public record Figure(int start, int end, String text, double value, double precision, Kind kind, String currency,
                     boolean scaled, boolean decimal, String hedge) {

    public enum Kind { COUNT, PERCENT, POINTS }

    /** A whole number with no scale word, no decimals and no hedge: a count taken as exact ("18", "60"). */
    public boolean exact() {
        return kind == Kind.COUNT && !scaled && !decimal && hedge == null;
    }

    public boolean hedged() {
        return hedge != null;
    }

    /** Four digits between 1800 and 2100 with nothing else: most likely a year, never a count here. */
    public boolean looksLikeYear() {
        return kind == Kind.COUNT && currency.isEmpty() && !scaled && !decimal && text.matches("(18|19|20)\\d\\d")
                || kind == Kind.COUNT && text.matches("2100");
    }

    /** The lowest value the figure can stand for as written. */
    public double low() {
        return exact() ? value : value - precision / 2;
    }

    /** The highest value the figure can stand for as written. */
    public double high() {
        return exact() ? value : value + precision / 2;
    }

    Figure withScale(double factor) {
        return new Figure(start, end, text, value * factor, precision * factor, kind, currency, true, decimal, hedge);
    }

    Figure asKind(Kind newKind) {
        return new Figure(start, end, text, value, precision, newKind, currency, scaled, decimal, hedge);
    }
}
