package org.factlint.eval;

/**
 * One scoring failure, for the report and the dump.
 *
 * @param kind     MISSED (no overlapping answer), SPURIOUS (answer overlapping no gold item),
 *                 VALUE (overlap, wrong value), SPAN (right value, span not exact), TYPE (wrong TIMEX3 type)
 * @param category the category or TIMEX3 type of the gold item (of the answer for SPURIOUS)
 * @param source   document or case id
 * @param expected gold text and value ("" for SPURIOUS)
 * @param got      system text and value ("" for MISSED)
 * @param context  the surrounding text
 */
public record Failure(String kind, String category, String source, String expected, String got, String context) {

    static String context(String text, Span span) {
        int from = Math.max(0, span.start() - 60);
        int to = Math.min(text.length(), span.end() + 60);
        return (from > 0 ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ").strip() + (to < text.length() ? "…" : "");
    }

    static String describe(String text, Object value) {
        return "\"" + text.replaceAll("\\s+", " ") + "\" = " + value;
    }

    public String tsv() {
        return String.join("\t", kind, category, source, clean(expected), clean(got), clean(context));
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }
}
