package org.factlint.ingest;

/** A 1-based line and column in the source file as given. */
public record Position(int line, int column) {}
