package org.factlint.reference;

import org.factlint.engine.RuleLoadException;

/**
 * A reference-facts file that cannot be used: one line naming the file, the line and the cause. It is
 * a {@link RuleLoadException}, so the CLI reports it as it reports a broken rule file (exit 2).
 */
public class ReferenceFactsException extends RuleLoadException {
    public ReferenceFactsException(String message) {
        super(message);
    }
}
