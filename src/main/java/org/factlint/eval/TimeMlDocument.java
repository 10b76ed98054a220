package org.factlint.eval;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TimeML document reduced to what the scorer needs: the text of {@code <TEXT>} with every tag
 * removed and entities decoded, the document creation time, and the gold TIMEX3 spans as offsets
 * into that stripped text. The DCT's own TIMEX3 lies outside TEXT and is not a gold item.
 */
public record TimeMlDocument(String id, LocalDate dct, String text, List<Timex> timexes) {

    /** A gold TIMEX3: its span in the stripped text, type, value and covered text. */
    public record Timex(String tid, Span span, String type, String value, String text) {}

    private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3\\b[^>]*?\\bvalue=\"(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Map<String, String> ENTITIES = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'");

    public static TimeMlDocument parse(String id, String xml) {
        Matcher dct = DCT.matcher(xml);
        if (!dct.find()) throw new IllegalArgumentException(id + ": no DCT with a date value");
        int open = xml.indexOf("<TEXT>");
        int close = xml.indexOf("</TEXT>");
        if (open < 0 || close < open) throw new IllegalArgumentException(id + ": no <TEXT> element");
        StringBuilder text = new StringBuilder();
        List<Timex> timexes = new ArrayList<>();
        Deque<Object[]> openTimexes = new ArrayDeque<>();
        int i = open + "<TEXT>".length();
        while (i < close) {
            char c = xml.charAt(i);
            if (c == '<') {
                int end = xml.indexOf('>', i);
                if (end < 0 || end > close) throw new IllegalArgumentException(id + ": unterminated tag at " + i);
                String tag = xml.substring(i + 1, end);
                if (tag.startsWith("TIMEX3") && !tag.endsWith("/")) {
                    openTimexes.push(new Object[] {text.length(), tag});
                } else if (tag.equals("/TIMEX3")) {
                    if (openTimexes.isEmpty()) throw new IllegalArgumentException(id + ": stray </TIMEX3> at " + i);
                    Object[] start = openTimexes.pop();
                    int from = (Integer) start[0];
                    Map<String, String> attributes = attributes((String) start[1]);
                    timexes.add(new Timex(attributes.get("tid"), new Span(from, text.length()), attributes.get("type"),
                            attributes.get("value"), text.substring(from)));
                }
                i = end + 1;
            } else if (c == '&') {
                int semi = xml.indexOf(';', i);
                String name = semi > i && semi - i <= 8 ? xml.substring(i + 1, semi) : null;
                String decoded = name == null ? null : decode(name);
                if (decoded != null) {
                    text.append(decoded);
                    i = semi + 1;
                } else {
                    text.append(c);
                    i++;
                }
            } else {
                text.append(c);
                i++;
            }
        }
        timexes.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return new TimeMlDocument(id, LocalDate.parse(dct.group(1)), text.toString(), List.copyOf(timexes));
    }

    private static String decode(String name) {
        if (name.startsWith("#x")) return codePoint(name.substring(2), 16);
        if (name.startsWith("#")) return codePoint(name.substring(1), 10);
        return ENTITIES.get(name);
    }

    private static String codePoint(String digits, int radix) {
        try {
            return new String(Character.toChars(Integer.parseInt(digits, radix)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> map = new java.util.HashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) map.put(m.group(1), m.group(2));
        return map;
    }
}
