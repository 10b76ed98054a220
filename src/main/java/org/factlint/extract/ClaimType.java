package org.factlint.extract;

/** TIMEX3 types for temporal claims, and the numeric claim types. */
public enum ClaimType {
    DATE, TIME, DURATION, SET, MONEY, PERCENT, QUANTITY, NUMBER;

    public boolean isTemporal() {
        return ordinal() <= SET.ordinal();
    }
}
