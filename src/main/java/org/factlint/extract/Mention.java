package org.factlint.extract;

/**
 * A figure being extracted, before hedges and sentences are attached: what {@link NumericExtractor}
 * found and the merges (ranges, "3 dollars 50 cents", "5 ft 2 in") work on.
 *
 * @param scale the multiplier of a scale word written with the figure ("5 million" -> 1e6), else 1;
 *              "3-5 million" lends it to the low end
 * @param minor a minor currency unit ("50 cents"), which takes the currency of an amount before it
 */
record Mention(ClaimType type, int start, int end, Figure figure, String unit, double scale, boolean minor,
               String measure, Anchor anchor, Figure high) {

    static Mention of(ClaimType type, int start, int end, Figure figure, String unit, double scale) {
        return new Mention(type, start, end, figure, unit, scale, false, null, null, null);
    }

    Mention asMinor() {
        return new Mention(type, start, end, figure, unit, scale, true, measure, anchor, high);
    }

    Mention asAge(Anchor person) {
        return new Mention(ClaimType.QUANTITY, start, end, figure, "a", scale, false, NumericClaim.AGE, person, high);
    }

    Mention spanning(int newStart, int newEnd) {
        return new Mention(type, newStart, newEnd, figure, unit, scale, minor, measure, anchor, high);
    }

    Mention withFigure(Figure newFigure) {
        return new Mention(type, start, end, newFigure, unit, scale, minor, measure, anchor, high);
    }

    Mention asRange(int newEnd, Figure low, Figure top, ClaimType newType, String newUnit) {
        return new Mention(newType, start, newEnd, low, newUnit, scale, minor, measure, anchor, top);
    }

    Mention withUnit(String newUnit, boolean isMinor) {
        return new Mention(type, start, end, figure, newUnit, scale, isMinor, measure, anchor, high);
    }

    boolean isPlainNumber() {
        return type == ClaimType.NUMBER && unit == null;
    }
}
