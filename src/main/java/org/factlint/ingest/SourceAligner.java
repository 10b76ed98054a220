package org.factlint.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Maps decoded text (a parser's literal) back onto the source characters it came from. The
 * decoded text is usually the source itself; where it is not, backslash escapes and character
 * references are recognised, and anything else is aligned greedily to the next equal character.
 */
final class SourceAligner {
    private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{0,31});?");
    /** How far ahead an unmatched character is looked for; bounds the work on odd input. */
    private static final int LOOKAHEAD = 32;

    private SourceAligner() {}

    /**
     * Appends {@code literal} to {@code out}, mapping it onto the source characters at
     * {@code positions} (ascending source offsets, usually contiguous).
     */
    static void append(String literal, String source, int[] positions, PlainTextBuilder out, boolean collapse) {
        int n = positions.length;
        if (n == 0) {
            for (int i = 0; i < literal.length(); i++) emit(out, collapse, literal.charAt(i), -1, -1);
            return;
        }
        Matcher entity = ENTITY.matcher(source);
        int p = 0;
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (p < n) {
                int at = positions[p];
                char s = source.charAt(at);
                if (s == '\\' && p + 1 < n && source.charAt(positions[p + 1]) == c) {
                    // An escape: the character itself is the best place to point at.
                    emit(out, collapse, c, positions[p + 1], positions[p + 1] + 1);
                    p += 2;
                    continue;
                }
                // "&amp;" decodes to "&", which would otherwise match the '&' alone.
                int entityEnd = s == '&' ? entityEnd(literal, i, source, at, entity) : -1;
                if (entityEnd > 0) {
                    String decoded = Parser.unescapeEntities(source.substring(at, entityEnd), false);
                    for (int k = 0; k < decoded.length(); k++) emit(out, collapse, decoded.charAt(k), at, entityEnd);
                    i += decoded.length() - 1;
                    p = advancePast(positions, p, entityEnd);
                    continue;
                }
                if (s == c) {
                    emit(out, collapse, c, at, at + 1);
                    p++;
                    continue;
                }
                int found = find(source, positions, p, c);
                if (found >= 0) {
                    emit(out, collapse, c, positions[found], positions[found] + 1);
                    p = found + 1;
                    continue;
                }
            }
            int at = positions[Math.min(p, n - 1)];
            emit(out, collapse, c, at, at + 1);
        }
    }

    /**
     * End of a character reference at {@code at} whose decoded text the literal continues with, or
     * -1. Without its ';' a reference is only taken when the literal shows it was decoded (HTML).
     */
    private static int entityEnd(String literal, int i, String source, int at, Matcher entity) {
        if (!entity.region(at, source.length()).lookingAt()) return -1;
        String reference = entity.group();
        String decoded = Parser.unescapeEntities(reference, false);
        if (decoded.equals(reference) || !literal.startsWith(decoded, i)) return -1;
        if (!reference.endsWith(";") && literal.startsWith(reference, i)) return -1;
        return at + reference.length();
    }

    private static void emit(PlainTextBuilder out, boolean collapse, char c, int start, int end) {
        if (start < 0) out.appendSynthetic(c);
        else if (collapse) out.appendCollapsing(c, start, end);
        else out.append(c, start, end);
    }

    private static int find(String source, int[] positions, int from, char c) {
        int limit = Math.min(positions.length, from + LOOKAHEAD);
        for (int q = from; q < limit; q++) if (source.charAt(positions[q]) == c) return q;
        return -1;
    }

    private static int advancePast(int[] positions, int p, int end) {
        while (p < positions.length && positions[p] < end) p++;
        return p;
    }

    /** The source offsets [start, end) as an array. */
    static int[] range(int start, int end) {
        int[] positions = new int[Math.max(0, end - start)];
        for (int i = 0; i < positions.length; i++) positions[i] = start + i;
        return positions;
    }
}
