package org.factlint.config;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factlint.report.Severity;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Finds and reads {@code .factlint.yml}. The YAML is composed into nodes (not constructed into
 * objects) so every error can name the line it is on: {@code .factlint.yml line 4: unknown key 'fial-on'}.
 */
public final class ConfigLoader {
    /** Every key a configuration may have. ({@code tolerance:} is deliberately not one yet: it would do nothing.) */
    public static final List<String> KEYS = List.of("rules", "fail-on", "currency", "date-order", "rules-dirs",
            "facts-dirs", "include", "exclude");

    private ConfigLoader() {}

    /** The nearest {@code .factlint.yml} in {@code start} (a folder or a file's folder) or a parent, or null. */
    public static Path find(Path start) {
        Path folder = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) folder = folder.getParent();
        for (; folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve(FactlintConfig.FILE_NAME);
            if (Files.isRegularFile(candidate)) return shortest(candidate);
        }
        return null;
    }

    /** Relative to the current folder when it is inside it (for messages), else absolute. */
    private static Path shortest(Path absolute) {
        Path cwd = Path.of("").toAbsolutePath().normalize();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
    }

    /** Reads and validates a configuration file (rule ids are checked later, against the rules loaded). */
    public static FactlintConfig load(Path file) throws ConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ConfigException(file + ": no such file");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + oneLine(e.getMessage()));
        }
        return parse(file, text);
    }

    /** Validates configuration text; {@code file} names it in messages and anchors its relative paths. */
    public static FactlintConfig parse(Path file, String text) throws ConfigException {
        return new Parser(file).parse(text);
    }

    private static final class Parser {
        private final Path file;
        private final String name;
        private final Path folder;

        private final Map<String, Severity> severities = new LinkedHashMap<>();
        private final Set<String> disabled = new LinkedHashSet<>();
        private final Map<String, Integer> ruleLines = new LinkedHashMap<>();
        private Severity failOn;
        private String currency;
        private Boolean dayFirst;
        private List<Path> rulesDirs = List.of();
        private List<Path> factsDirs = List.of();
        private List<String> include = List.of();
        private List<String> exclude = List.of();

        Parser(Path file) {
            this.file = file;
            this.name = file.toString();
            this.folder = file.toAbsolutePath().normalize().getParent();
        }

        FactlintConfig parse(String text) throws ConfigException {
            Node root;
            try (Reader reader = new StringReader(text)) {
                LoaderOptions options = new LoaderOptions();
                options.setAllowDuplicateKeys(false);
                root = new Yaml(options).compose(reader);
            } catch (MarkedYAMLException e) {
                Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
                String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
                throw new ConfigException(name + (mark != null ? " line " + (mark.getLine() + 1) : "")
                        + ": malformed YAML: " + oneLine(problem));
            } catch (YAMLException | IOException e) {
                throw new ConfigException(name + ": malformed YAML: " + oneLine(e.getMessage()));
            }
            if (root != null) {
                if (!(root instanceof MappingNode mapping)) {
                    throw error(root, "expected a mapping of keys (rules:, fail-on:, ...) at the top level");
                }
                Set<String> seen = new LinkedHashSet<>();
                for (NodeTuple tuple : mapping.getValue()) {
                    String key = scalar(tuple.getKeyNode(), "a key");
                    if (!seen.add(key)) throw error(tuple.getKeyNode(), "duplicate key '" + key + "'");
                    Node value = tuple.getValueNode();
                    switch (key) {
                        case "rules" -> rules(value);
                        case "fail-on" -> failOn = severity(value, key);
                        case "currency" -> currency = currency(value);
                        case "date-order" -> dayFirst = dateOrder(value);
                        case "rules-dirs" -> rulesDirs = folders(value, key);
                        case "facts-dirs" -> factsDirs = folders(value, key);
                        case "include" -> include = globs(value, key);
                        case "exclude" -> exclude = globs(value, key);
                        default -> throw error(tuple.getKeyNode(), "unknown key '" + key + "'"
                                + suggestion(key) + " (known: " + String.join(", ", KEYS) + ")");
                    }
                }
            }
            return new FactlintConfig(file, Map.copyOf(severities), Set.copyOf(disabled),
                    java.util.Collections.unmodifiableMap(ruleLines), failOn, currency, dayFirst,
                    rulesDirs, factsDirs, include, exclude);
        }

        private void rules(Node value) throws ConfigException {
            if (isNull(value)) return;
            if (!(value instanceof MappingNode mapping)) {
                throw error(value, "'rules' must map rule ids to off, error, warning or info");
            }
            for (NodeTuple tuple : mapping.getValue()) {
                String id = scalar(tuple.getKeyNode(), "a rule id");
                if (ruleLines.containsKey(id)) throw error(tuple.getKeyNode(), "rule '" + id + "' configured twice");
                ruleLines.put(id, line(tuple.getKeyNode()));
                Node levelNode = tuple.getValueNode();
                String level = levelNode instanceof ScalarNode s ? s.getValue().trim().toLowerCase(Locale.ROOT) : null;
                // YAML 1.1 reads a bare off as the boolean false; the scalar text is still "off".
                if ("off".equals(level) || "false".equals(level)) {
                    disabled.add(id);
                } else if (level != null && Set.of("error", "warning", "info").contains(level)) {
                    severities.put(id, Severity.parse(level));
                } else {
                    throw error(levelNode, "rule '" + id + "': expected off, error, warning or info, not "
                            + describe(levelNode));
                }
            }
        }

        private Severity severity(Node value, String key) throws ConfigException {
            String text = scalar(value, "error, warning or info");
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "error", "warning", "info" -> Severity.parse(text);
                default -> throw error(value, "'" + key + "' must be error, warning or info, not '" + text + "'");
            };
        }

        private String currency(Node value) throws ConfigException {
            String text = scalar(value, "an ISO 4217 currency code");
            String code = text.toUpperCase(Locale.ROOT);
            boolean known;
            try {
                known = code.matches("[A-Z]{3}") && Currency.getInstance(code) != null;
            } catch (IllegalArgumentException e) {
                known = false;
            }
            if (!known) throw error(value, "'currency' must be an ISO 4217 code such as USD or AUD, not '" + text + "'");
            return code;
        }

        private Boolean dateOrder(Node value) throws ConfigException {
            String text = scalar(value, "en-GB or en-US");
            return switch (text.toLowerCase(Locale.ROOT).replace('_', '-')) {
                case "en-gb" -> Boolean.TRUE;
                case "en-us" -> Boolean.FALSE;
                default -> throw error(value, "'date-order' must be en-GB (day-month) or en-US (month-day), not '" + text + "'");
            };
        }

        private List<Path> folders(Node value, String key) throws ConfigException {
            List<Path> folders = new ArrayList<>();
            for (Node item : items(value, key, "folder")) {
                String text = scalar(item, "a folder");
                Path resolved = folder.resolve(text).normalize();
                if (!Files.isDirectory(resolved)) {
                    throw error(item, "'" + key + "': no such folder '" + text + "' (relative to " + folder + ")");
                }
                folders.add(resolved);
            }
            return List.copyOf(folders);
        }

        private List<String> globs(Node value, String key) throws ConfigException {
            List<String> patterns = new ArrayList<>();
            for (Node item : items(value, key, "glob pattern")) {
                String pattern = scalar(item, "a glob pattern");
                try {
                    FileSystems.getDefault().getPathMatcher("glob:" + pattern);
                } catch (IllegalArgumentException e) {
                    throw error(item, "'" + key + "': bad glob pattern '" + pattern + "': " + oneLine(e.getMessage()));
                }
                patterns.add(pattern);
            }
            return List.copyOf(patterns);
        }

        /** A list, or a single scalar taken as a list of one. */
        private List<Node> items(Node value, String key, String what) throws ConfigException {
            if (isNull(value)) return List.of();
            if (value instanceof ScalarNode) return List.of(value);
            if (value instanceof SequenceNode sequence) return sequence.getValue();
            throw error(value, "'" + key + "' must be a " + what + " or a list of them");
        }

        private String scalar(Node node, String expected) throws ConfigException {
            if (node instanceof ScalarNode s && !s.getValue().isBlank()) return s.getValue().trim();
            throw error(node, "expected " + expected + ", not " + describe(node));
        }

        private ConfigException error(Node node, String message) {
            return new ConfigException(name + " line " + line(node) + ": " + message);
        }
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && (s.getValue().isEmpty() || s.getTag().getValue().endsWith(":null"));
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static String describe(Node node) {
        if (node instanceof MappingNode) return "a mapping";
        if (node instanceof SequenceNode) return "a list";
        String value = ((ScalarNode) node).getValue();
        return value.isBlank() ? "nothing" : "'" + value + "'";
    }

    /** " (did you mean 'fail-on'?)" for a key one or two edits away from a known one. */
    private static String suggestion(String key) {
        for (String known : KEYS) {
            if (distance(key, known) <= 2) return " (did you mean '" + known + "'?)";
        }
        return "";
    }

    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }
}
