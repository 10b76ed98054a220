package org.factlint.facts;

import java.util.List;

/**
 * A total and the parts a sentence breaks it into: NAMED ("two airlines – Ryanair, easyJet and Wizz
 * Air", parts are the names), SUM ("the $20m grant: $12m for schools and $9m for roads") or SHARES
 * ("40% voted yes, 45% no and 20% abstained", total null: 100%).
 */
public record PartsFact(String kind, FigureFact total, List<FigureFact> parts, int sentence) {

    public PartsFact {
        parts = List.copyOf(parts);
    }

    public boolean isNamed() {
        return kind.equals("NAMED");
    }

    public boolean isSum() {
        return kind.equals("SUM");
    }

    public boolean isShares() {
        return kind.equals("SHARES");
    }

    /** NAMED: the count says one number and the list names another. */
    public boolean isCountOff() {
        return isNamed() && parts.size() != (int) total.value();
    }

    public double sum() {
        double sum = 0;
        for (FigureFact part : parts) sum += part.value();
        return sum;
    }

    private double sumLow() {
        double sum = 0;
        for (FigureFact part : parts) sum += part.low();
        return sum;
    }

    private double sumHigh() {
        double sum = 0;
        for (FigureFact part : parts) sum += part.high();
        return sum;
    }

    /** SUM: no reading of the figures within their rounding adds up. */
    public boolean isSumCertainlyOff() {
        return isSum() && (sumHigh() < total.low() || sumLow() > total.high());
    }

    /**
     * SUM: the figures as written do not add up, though rounding could explain it; only when every
     * figure is written whole ("$12m", not "$0.8bn"), since decimals announce rounding.
     */
    public boolean isSumOffAsWritten() {
        if (!isSum() || isSumCertainlyOff() || !total.whole()) return false;
        for (FigureFact part : parts) if (!part.whole()) return false;
        return Math.abs(sum() - total.value()) > total.value() * 1e-9;
    }

    /** Over the total for certain: an error. Short of it, or only as written: a warning (a list may leave a part out). */
    public String sumSeverity() {
        return isSumCertainlyOff() && sum() > total.value() ? "error" : "warning";
    }

    /** SHARES: the lowest each share can be still adds up to more than 100%. */
    public boolean isSharesOverHundred() {
        if (!isShares()) return false;
        double sum = 0;
        for (FigureFact part : parts) {
            double low = part.statedLow();
            if (Double.isInfinite(low)) return false;
            sum += low;
        }
        return sum > 100;
    }

    /** The total and parts as an addition: "12m + 9m = 21m, not 20m". */
    public String arithmetic() {
        StringBuilder text = new StringBuilder();
        for (FigureFact part : parts) {
            if (!text.isEmpty()) text.append(" + ");
            text.append(isNamed() ? "1" : isShares() ? FigureFact.percent(part.value()) : FigureFact.amount(part.value()));
        }
        String sum = isNamed() ? Integer.toString(parts.size()) : isShares() ? FigureFact.percent(sum()) : FigureFact.amount(sum());
        String expected = isNamed() ? FigureFact.number(total.value()) : isShares() ? "100%" : FigureFact.amount(total.value());
        return text + " = " + sum + ", not " + expected;
    }

    /** The list as text: "Ryanair, easyJet, Wizz Air". */
    public String names() {
        StringBuilder text = new StringBuilder();
        for (FigureFact part : parts) {
            if (!text.isEmpty()) text.append(", ");
            text.append(part.text());
        }
        return text.toString();
    }

    public FigureFact first() {
        return parts.get(0);
    }

    public FigureFact last() {
        return parts.get(parts.size() - 1);
    }
}
