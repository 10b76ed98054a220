package org.factlint.report;

import java.util.Map;

/**
 * Gives report formats the whole text of a checked file, as read. SARIF needs it for end positions
 * and fingerprints, HTML to show the article. Supplied by the caller, which still holds the documents.
 */
@FunctionalInterface
public interface SourceTexts {

    /** @return the file's source text (offsets in findings index it), or null when not available */
    String text(String path);

    static SourceTexts none() {
        return path -> null;
    }

    static SourceTexts of(Map<String, String> textByPath) {
        return textByPath::get;
    }
}
