package org.factlint.rates;

/**
 * Exchange-rate data that cannot be read or fetched. Unchecked because rates are loaded lazily,
 * deep inside a check, long after the caller chose the sources; the message is one line that names
 * the file (or URL) and the cause, ready to show to the user.
 */
public class RatesException extends RuntimeException {
    public RatesException(String message) {
        super(message);
    }

    public RatesException(String message, Throwable cause) {
        super(message, cause);
    }
}
