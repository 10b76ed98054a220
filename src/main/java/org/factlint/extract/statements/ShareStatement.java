package org.factlint.extract.statements;

/**
 * "18 of the 60 delegates (25%)", "nine out of 10 (90%)", "one in four (20%)": a part of a whole
 * restated as a percentage.
 *
 * @param ratio true for the "one in four" form, whose whole is itself a rounded ratio
 */
public record ShareStatement(int start, int end, int sentence, Figure part, Figure whole, Figure percent, boolean ratio)
        implements Statement {}
