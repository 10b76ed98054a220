package org.factlint.extract;

/**
 * A thing described by a measure written as a compound adjective: "the 12-storey tower",
 * "a 300-bed hospital". Two mentions of the same thing with different measures contradict.
 *
 * @param noun       lemma of the head noun ("tower")
 * @param unit       the measure's unit as written, lower case ("storey")
 * @param definite   whether the mention is definite ("the", "its"), i.e. refers back to a known thing
 */
public record MeasureMention(int start, int end, String text, double value, String unit, String noun,
                             boolean definite, int sentence) {}
