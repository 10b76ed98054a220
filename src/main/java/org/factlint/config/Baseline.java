package org.factlint.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.factlint.report.ReportedFinding;

/**
 * Known findings to tolerate: {@code --baseline FILE --write-baseline} records them, {@code
 * --baseline FILE} then reports (and fails on) only findings not recorded. A finding is keyed by
 * its path, rule id and a fingerprint: the SHA-256 of the rule id, the finding's text and the text
 * of its source line, whitespace-normalized. Line numbers and offsets are not part of the key, so
 * edits elsewhere in the file keep the match; each key carries a count, so a second identical
 * finding on an identical line is new.
 *
 * <p>File format: {@code {"version":1,"findings":[{"ruleId","path","fingerprint","count"}]}}, sorted,
 * so the file diffs well under version control. Paths are relative to the baseline file's folder,
 * with {@code /} separators.
 */
public final class Baseline {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The key of a finding. */
    public record Key(String path, String ruleId, String fingerprint) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = path.compareTo(o.path);
            if (c == 0) c = ruleId.compareTo(o.ruleId);
            return c != 0 ? c : fingerprint.compareTo(o.fingerprint);
        }
    }

    private final Path file;
    private final Map<Key, Integer> counts;

    private Baseline(Path file, Map<Key, Integer> counts) {
        this.file = file;
        this.counts = counts;
    }

    /** An empty baseline to record findings into, later written to {@code file}. */
    public static Baseline create(Path file) {
        return new Baseline(file, new TreeMap<>());
    }

    /** Reads a baseline file; a missing or malformed file is a {@link ConfigException} (exit 2). */
    public static Baseline read(Path file) throws ConfigException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ConfigException("--baseline " + file + ": no such file (create it with --write-baseline)");
        } catch (IOException e) {
            throw new ConfigException("--baseline " + file + ": not a factlint baseline: "
                    + ConfigLoader.oneLine(e.getMessage()).replaceAll(" at \\[Source.*", ""));
        }
        JsonNode findings = root == null ? null : root.get("findings");
        if (findings == null || !findings.isArray()) {
            throw new ConfigException("--baseline " + file + ": not a factlint baseline (no \"findings\" array)");
        }
        Map<Key, Integer> counts = new TreeMap<>();
        for (JsonNode entry : findings) {
            String path = entry.path("path").asText(null);
            String ruleId = entry.path("ruleId").asText(null);
            String fingerprint = entry.path("fingerprint").asText(null);
            if (path == null || ruleId == null || fingerprint == null) {
                throw new ConfigException("--baseline " + file + ": an entry lacks path, ruleId or fingerprint: " + entry);
            }
            counts.merge(new Key(path, ruleId, fingerprint), Math.max(1, entry.path("count").asInt(1)), Integer::sum);
        }
        return new Baseline(file, counts);
    }

    /** The key of a finding of the file {@code path} (as reported), whose source line reads {@code lineText}. */
    public Key keyOf(String path, ReportedFinding finding, String lineText) {
        String span = finding.location() == null ? "" : finding.location().text();
        String material = finding.ruleId() + "\u0000" + normalize(span) + "\u0000" + normalize(lineText);
        return new Key(relativePath(path), finding.ruleId(), sha256(material));
    }

    /** Records a finding (for {@link #write}). */
    public void add(Key key) {
        counts.merge(key, 1, Integer::sum);
    }

    public int size() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** A matcher for one run: each recorded count can absorb that many findings. Not thread-safe. */
    public Matcher matcher() {
        return new Matcher(new HashMap<>(counts));
    }

    /** Consumes baseline entries as findings are matched against them. */
    public static final class Matcher {
        private final Map<Key, Integer> remaining;

        private Matcher(Map<Key, Integer> remaining) {
            this.remaining = remaining;
        }

        /** True (and one fewer left) when the baseline still holds this key. */
        public boolean absorb(Key key) {
            Integer left = remaining.get(key);
            if (left == null || left == 0) return false;
            remaining.put(key, left - 1);
            return true;
        }
    }

    public void write() throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        ArrayNode findings = root.putArray("findings");
        for (Map.Entry<Key, Integer> entry : counts.entrySet()) {
            ObjectNode node = findings.addObject();
            node.put("ruleId", entry.getKey().ruleId());
            node.put("path", entry.getKey().path());
            node.put("fingerprint", entry.getKey().fingerprint());
            node.put("count", entry.getValue());
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.writeString(file, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }

    /** The path relative to the baseline's folder with / separators; names that are not paths (stdin) as given. */
    String relativePath(String path) {
        try {
            Path absolute = Path.of(path).toAbsolutePath().normalize();
            Path base = file.toAbsolutePath().normalize().getParent();
            Path relative = base == null ? absolute : base.relativize(absolute);
            List<String> parts = new ArrayList<>();
            relative.forEach(p -> parts.add(p.toString()));
            return String.join("/", parts);
        } catch (RuntimeException e) {
            return path;
        }
    }

    static String normalize(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
