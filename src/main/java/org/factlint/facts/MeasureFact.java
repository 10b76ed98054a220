package org.factlint.facts;

/** "the 12-storey tower": a thing (head noun lemma) described by a measure in a compound adjective. */
public record MeasureFact(int start, int end, String text, double value, String unit, String noun, boolean definite)
        implements Spanned {

    /** Same kind of thing measured in the same unit. */
    public boolean sameThingAs(MeasureFact other) {
        return noun.equals(other.noun) && unit.equals(other.unit);
    }

    public String valueText() {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
