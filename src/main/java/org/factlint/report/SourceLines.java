package org.factlint.report;

import java.util.Map;

/**
 * Gives the reporter the text of a source line so it can show it under a finding. Supplied by the
 * caller because only the caller still holds the documents it read.
 */
@FunctionalInterface
public interface SourceLines {

    /**
     * @param path the file path as reported in {@link FileResult#path()}
     * @param line 1-based line number
     * @return the line without its terminator, or null when it is not available
     */
    String line(String path, int line);

    /** No source available: findings are printed without the excerpt. */
    static SourceLines none() {
        return (path, line) -> null;
    }

    /** Source texts by path, as read from the files (offsets in reports index these strings). */
    static SourceLines fromTexts(Map<String, String> sourceTextByPath) {
        return (path, line) -> {
            String text = sourceTextByPath.get(path);
            if (text == null || line < 1) return null;
            String[] lines = text.split("\r?\n", -1);
            return line <= lines.length ? lines[line - 1] : null;
        };
    }
}
