package org.factlint.report;

/** A file that could not be checked; the message is one line naming the file and the cause. */
public record FileError(String path, String message) {}
