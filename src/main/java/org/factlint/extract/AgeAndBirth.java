package org.factlint.extract;

/** An age and a birth date given for one person in one sentence ("Mr Patel, 52, who was born in 1980"). */
public record AgeAndBirth(int start, int end, String text, int age, TemporalClaim birth) {}
