package org.factlint.ingest;

/**
 * A problem found while interpreting a document, before the reader knows how to name it; the
 * reader turns it into an {@link InputException}. The message is one line.
 */
final class InputProblem extends Exception {
    InputProblem(String cause) {
        super(cause, null, false, false);
    }
}
