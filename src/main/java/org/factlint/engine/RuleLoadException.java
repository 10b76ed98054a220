package org.factlint.engine;

/** A rules folder that cannot be used; the message is one line naming the file (and line) and the cause. */
public class RuleLoadException extends Exception {
    public RuleLoadException(String message) {
        super(message);
    }
}
