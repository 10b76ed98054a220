package org.factlint.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Identities of findings that survive edits elsewhere in the file, so code scanning keeps one alert
 * per problem across runs: SHA-256 of the rule id, the flagged text and the source line(s) it sits
 * on, each with whitespace collapsed. Line numbers are deliberately left out (inserting a line above
 * must not change the identity). Identical findings on identical lines get ":2", ":3" in file order.
 *
 * <p>One instance per file: it counts the repeats.
 */
final class Fingerprints {
    private final LineIndex lines;
    private final Map<String, Integer> seen = new HashMap<>();

    /** @param lines the file's lines, or null when its text is not at hand (the span text alone is hashed) */
    Fingerprints(LineIndex lines) {
        this.lines = lines;
    }

    String next(ReportedFinding finding) {
        String hash = hash(finding);
        int occurrence = seen.merge(hash, 1, Integer::sum);
        return hash + ":" + occurrence;
    }

    private String hash(ReportedFinding finding) {
        SourceSpan span = finding.location();
        StringBuilder key = new StringBuilder(finding.ruleId()).append('\u0000');
        if (span != null) {
            key.append(normalise(span.text())).append('\u0000');
            if (lines != null) {
                int lastLine = lines.lastLine(span);
                for (int line = span.line(); line <= lastLine; line++) key.append(normalise(lines.lineText(line))).append('\n');
            }
        } else {
            key.append(normalise(finding.message()));
        }
        return sha256(key.toString());
    }

    static String normalise(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
