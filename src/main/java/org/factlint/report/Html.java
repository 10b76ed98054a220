package org.factlint.report;

/** Escaping for HTML text and quoted attribute values: everything from a draft goes through here. */
final class Html {
    private Html() {}

    static String escape(String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                // NUL and other C0 controls are parse errors in HTML; tab, LF and CR are text.
                default -> out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
