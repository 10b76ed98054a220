package org.factlint.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * One test input of a Recognizers or Duckling spec, with the items a recognizer should find in it.
 *
 * @param category  the scoring category (DateTime, Currency, ...), which decides the claim types compared
 * @param reference the reference date (publication date) for relative expressions
 */
public record EvalCase(String category, String id, String input, LocalDate reference, List<Expected> expected) {

    /** An expected item: span in the input, its text, a subtype for the breakdown (or null), and its value. */
    public record Expected(Span span, String text, String subtype, ExpectedValue value) {}
}
