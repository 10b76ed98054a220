package org.factlint.rates;

import java.time.LocalDate;

/**
 * An exchange rate: {@code rate} units of {@code to} per 1 unit of {@code from}, from the ECB fixing
 * of {@code fixingDate} (which may be a few days before the date asked for: weekends, holidays).
 *
 * @param source where the rate came from, for the report (e.g. "ECB reference rates, eurofxref-hist.zip")
 */
public record RateQuote(String from, String to, double rate, LocalDate fixingDate, String source) {

    /** {@code amount} of {@code from} expressed in {@code to}. */
    public double convert(double amount) {
        return amount * rate;
    }
}
