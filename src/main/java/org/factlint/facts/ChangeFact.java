package org.factlint.facts;

/**
 * A change between two figures stated a second way: "from 120 to 150, up 30%" (a percentage, or
 * percentage points when {@code statedPoints}) or "halved from 8m to 5m" ({@code factor}, stated
 * null). Figures are taken anywhere within their rounding; counts are exact.
 *
 * @param percentFigures the two figures are percentages themselves ("from 20% to 25%")
 * @param direction      +1 when the words say it rose, -1 when it fell
 */
public record ChangeFact(FigureFact from, FigureFact to, FigureFact stated, boolean statedPoints, boolean percentFigures,
                         int direction, String word, double factor, int sentence) {

    /** How far "halved", "doubled" may be from exact before they are worth a look, and before they are wrong. */
    static final double FACTOR_SLACK = 0.05;
    static final double FACTOR_WRONG = 0.15;

    /** The relative change the figures give, in per cent (negative for a fall). */
    public double relative() {
        return (to.value() - from.value()) / from.value() * 100;
    }

    /** The difference in percentage points, for figures that are percentages. */
    public double points() {
        return to.value() - from.value();
    }

    /** The words say the same direction as the figures; otherwise the phrase is read wrongly and nothing is said. */
    public boolean directionAgrees() {
        return Math.signum(to.value() - from.value()) == Math.signum(direction);
    }

    private double relativeLow() {
        return Math.abs(to.value() > from.value() ? (to.low() / from.high() - 1) : (1 - to.high() / from.low())) * 100;
    }

    private double relativeHigh() {
        return Math.abs(to.value() > from.value() ? (to.high() / from.low() - 1) : (1 - to.low() / from.high())) * 100;
    }

    private boolean fits(double low, double high) {
        return !(high < stated.statedLow() || low > stated.statedHigh());
    }

    public boolean relativeFits() {
        return stated != null && fits(relativeLow(), relativeHigh());
    }

    public boolean pointsFit() {
        return stated != null && percentFigures
                && fits(Math.abs(to.value() > from.value() ? to.low() - from.high() : from.low() - to.high()),
                        Math.abs(to.value() > from.value() ? to.high() - from.low() : from.high() - to.low()));
    }

    /** "up 5%" for a move from 20% to 25%: right as percentage points, wrong as a relative change. */
    public boolean isPointsCalledPercent() {
        return stated != null && !statedPoints && directionAgrees() && !relativeFits() && pointsFit();
    }

    /** A percentage change that no reading of the figures gives. */
    public boolean isRelativeOff() {
        return stated != null && !statedPoints && directionAgrees() && !relativeFits() && !pointsFit();
    }

    /** A number of percentage points that the two percentages do not give. */
    public boolean isPointsOff() {
        return stated != null && statedPoints && percentFigures && directionAgrees() && !pointsFit();
    }

    /** How far the ratio of the figures can be from "halved", "doubled" (0 when it can be exact). */
    public double factorGap() {
        if (stated != null || factor == 0) return 0;
        double low = to.low() / from.high();
        double high = to.high() / from.low();
        if (factor >= low && factor <= high) return 0;
        return (factor < low ? low - factor : factor - high) / factor;
    }

    public boolean isFactorOff() {
        return stated == null && directionAgrees() && factorGap() > FACTOR_SLACK;
    }

    public String severityOfFactor() {
        return factorGap() > FACTOR_WRONG ? "error" : "warning";
    }

    public String relativeArithmetic() {
        return "(" + FigureFact.amount(to.value()) + " - " + FigureFact.amount(from.value()) + ") / "
                + FigureFact.amount(from.value()) + " = " + sign(relative()) + FigureFact.percent(relative());
    }

    public String pointsArithmetic() {
        return FigureFact.number(to.value()) + " - " + FigureFact.number(from.value()) + " = " + sign(points())
                + FigureFact.number(points()) + " percentage points; " + relativeArithmetic() + " in relative terms";
    }

    public String factorArithmetic() {
        return FigureFact.amount(to.value()) + " / " + FigureFact.amount(from.value()) + " = "
                + FigureFact.number(Math.round(to.value() / from.value() * 1000) / 1000.0) + " (" + FigureFact.percent(to.value() / from.value() * 100)
                + " of the starting figure), not " + FigureFact.number(factor);
    }

    public String relativeSuggestion() {
        return stated.restatePercent(Math.abs(relative()));
    }

    public String pointsSuggestion() {
        return FigureFact.number(Math.abs(points())) + " percentage points";
    }

    public String factorSuggestion() {
        double change = relative();
        return (change < 0 ? "fell by " : "rose by ") + FigureFact.percent(Math.rint(Math.abs(change)));
    }

    private static String sign(double value) {
        return value > 0 ? "+" : "";
    }
}
