package org.factlint.eval;

/**
 * Precision, recall and F1 from counts: {@code correct} of the {@code system} answers are right,
 * and they cover {@code correct} of the {@code gold} items. Empty denominators give 0.
 */
public record Score(int gold, int system, int correct) {
    public double precision() {
        return system == 0 ? 0 : (double) correct / system;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
        return f1(precision(), recall());
    }

    public static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
