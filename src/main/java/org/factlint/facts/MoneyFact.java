package org.factlint.facts;

/**
 * An amount of money: ISO 4217 currency, the amount, and the place value of its last significant
 * digit as written ({@code precision}: 1E9 for "£396bn").
 */
public record MoneyFact(int start, int end, String text, String currency, double amount, double precision, String mod,
                        int sentence) implements Spanned {}
