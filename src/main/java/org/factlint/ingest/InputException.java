package org.factlint.ingest;

/** A draft that cannot be read: the message is one line that names the file and the cause. */
public class InputException extends Exception {
    public InputException(String name, String cause) {
        super(name + ": " + cause);
    }
}
