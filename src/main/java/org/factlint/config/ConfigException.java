package org.factlint.config;

/** A configuration problem: one line naming the file, the line and the cause (exit code 2). */
public final class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message);
    }
}
