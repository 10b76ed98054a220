package org.factlint.ingest;

/** A draft that cannot be read: the message is one line that names the file and the cause. */
public class InputException extends Exception {
    private final String reason;

    public InputException(String name, String cause) {
        super(name + ": " + cause);
        this.reason = cause;
    }

    /** The cause alone, without the file name (for reports that name the file themselves). */
    public String reason() {
        return reason;
    }
}
