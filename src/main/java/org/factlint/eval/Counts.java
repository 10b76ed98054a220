package org.factlint.eval;

/** Tallies of a span-and-value comparison against gold items. Mutable; one per category. */
public final class Counts {
    /** Gold items, system answers. */
    public int gold, system;
    /** Gold items with an exact-span answer; with an overlapping answer; overlapping and equal value; overlapping and equal type. */
    public int strict, relaxed, value, type;

    public Score strictSpan() {
        return new Score(gold, system, strict);
    }

    public Score relaxedSpan() {
        return new Score(gold, system, relaxed);
    }

    /** TempEval-3 value F1: a true positive needs an overlapping span and the same normalized value. */
    public Score valueScore() {
        return new Score(gold, system, value);
    }

    /** Value accuracy over all gold items (the Recognizers / Duckling figure). */
    public double valueAccuracy() {
        return gold == 0 ? 0 : (double) value / gold;
    }

    /** Type accuracy over relaxed matches. */
    public double typeAccuracy() {
        return relaxed == 0 ? 0 : (double) type / relaxed;
    }

    public void add(Counts other) {
        gold += other.gold;
        system += other.system;
        strict += other.strict;
        relaxed += other.relaxed;
        value += other.value;
        type += other.type;
    }
}
