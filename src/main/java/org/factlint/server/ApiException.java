package org.factlint.server;

/** A request the API refuses: the HTTP status and the one-line message sent as {@code {"error": ...}}. */
final class ApiException extends Exception {
    private final int status;
    private final Integer retryAfterSeconds;

    ApiException(int status, String message) {
        this(status, message, null);
    }

    ApiException(int status, String message, Integer retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    int status() {
        return status;
    }

    /** Seconds for a {@code Retry-After} header, or null for none. */
    Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
