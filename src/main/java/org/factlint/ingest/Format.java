package org.factlint.ingest;

import java.util.Locale;

/** The source formats factlint reads; chosen by file extension, or sniffed for standard input. */
public enum Format {
    TEXT, MARKDOWN, HTML;

    public static Format ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) return MARKDOWN;
        if (lower.endsWith(".html") || lower.endsWith(".htm")) return HTML;
        return TEXT;
    }

    /** For standard input: front matter means Markdown, a leading tag means HTML, anything else is text. */
    public static Format sniff(String text) {
        String head = text.stripLeading();
        if (text.startsWith("---\n") || text.startsWith("---\r\n")) return MARKDOWN;
        if (head.startsWith("<")) return HTML;
        return TEXT;
    }
}
