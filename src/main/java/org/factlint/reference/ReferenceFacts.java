package org.factlint.reference;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
 * The house knowledge base: every {@code facts/*.yaml} (or {@code .yml}) file beside the rules. Each
 * file is a YAML list of entries:
 * <pre>
 * - id: berlin-wall-fall
 *   event: the fall of the Berlin Wall
 *   date: 1989-11-09            # or year: 1989
 *   aliases: [fall of the Berlin Wall, Berlin Wall fell]
 *   source: https://en.wikipedia.org/wiki/Fall_of_the_Berlin_Wall
 *   note: optional
 * </pre>
 * Any problem (YAML syntax, a missing or unknown field, a bad date, an id or alias used twice) is a
 * {@link ReferenceFactsException} naming the file and line.
 */
public final class ReferenceFacts {
    public static final String FOLDER = "facts";

    private static final Set<String> FIELDS = Set.of("id", "event", "date", "year", "aliases", "source", "note");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{3,4}");
    private static final Pattern URL = Pattern.compile("https?://[^\\s/]+\\.[^\\s]+");

    private final List<ReferenceEntry> entries;

    private ReferenceFacts(List<ReferenceEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** A knowledge base of entries built in code (tests, embedding applications); not checked for clashes. */
    public static ReferenceFacts of(List<ReferenceEntry> entries) {
        return new ReferenceFacts(entries);
    }

    public static ReferenceFacts empty() {
        return new ReferenceFacts(List.of());
    }

    public List<ReferenceEntry> entries() {
        return entries;
    }

    /** The entries of every {@code facts/} folder inside the given rule folders (folders without one add nothing). */
    public static ReferenceFacts load(List<Path> ruleFolders) throws ReferenceFactsException {
        List<Path> files = new ArrayList<>();
        for (Path folder : ruleFolders) {
            Path facts = folder.resolve(FOLDER);
            if (!Files.isDirectory(facts)) continue;
            try (Stream<Path> list = Files.list(facts)) {
                list.filter(p -> Files.isRegularFile(p) && (p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")))
                        .sorted(Comparator.comparing(Path::toString)).forEach(files::add);
            } catch (IOException e) {
                throw new ReferenceFactsException(facts + ": cannot read reference facts folder: " + e.getMessage());
            }
        }
        return loadFiles(files);
    }

    /** The entries of the given files, checked together (ids and aliases unique across all of them). */
    public static ReferenceFacts loadFiles(List<Path> files) throws ReferenceFactsException {
        List<ReferenceEntry> all = new ArrayList<>();
        Map<String, ReferenceEntry> byId = new LinkedHashMap<>();
        Map<String, ReferenceEntry> byAlias = new LinkedHashMap<>();
        for (Path file : files) {
            for (ReferenceEntry entry : readFile(file)) {
                ReferenceEntry clash = byId.putIfAbsent(entry.id(), entry);
                if (clash != null) {
                    throw new ReferenceFactsException(entry.where() + ": id '" + entry.id() + "' is already used at "
                            + clash.where());
                }
                for (String alias : entry.aliases()) {
                    ReferenceEntry other = byAlias.putIfAbsent(ReferenceMatcher.normalize(alias), entry);
                    if (other != null) {
                        throw new ReferenceFactsException(entry.where() + ": alias '" + alias + "' of '" + entry.id()
                                + "' is already an alias of '" + other.id() + "' (" + other.where() + ")");
                    }
                }
                all.add(entry);
            }
        }
        return new ReferenceFacts(all);
    }

    static List<ReferenceEntry> readFile(Path file) throws ReferenceFactsException {
        Node root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new LoaderOptions()).compose(reader);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = mark == null ? file.toString() : file + " line " + (mark.getLine() + 1);
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new ReferenceFactsException(where + ": not valid YAML: " + oneLine(problem));
        } catch (YAMLException e) {
            throw new ReferenceFactsException(file + ": not valid YAML: " + oneLine(e.getMessage()));
        } catch (IOException e) {
            throw new ReferenceFactsException(file + ": cannot read: " + e.getMessage());
        }
        if (root == null) return List.of(); // an empty file
        if (!(root instanceof SequenceNode list)) {
            throw problem(file, root, "expected a list of entries (each starting with '- id:')");
        }
        List<ReferenceEntry> entries = new ArrayList<>();
        for (Node item : list.getValue()) entries.add(entry(file, item));
        return entries;
    }

    private static ReferenceEntry entry(Path file, Node node) throws ReferenceFactsException {
        if (!(node instanceof MappingNode mapping)) {
            throw problem(file, node, "expected an entry with id, event, date or year, aliases and source");
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String key = keyNode instanceof ScalarNode s ? s.getValue() : null;
            if (key == null || !FIELDS.contains(key)) {
                throw problem(file, keyNode, "unknown field '" + (key == null ? "?" : key)
                        + "' (expected id, event, date or year, aliases, source, note)");
            }
            if (fields.putIfAbsent(key, tuple.getValueNode()) != null) {
                throw problem(file, keyNode, "field '" + key + "' given twice");
            }
        }
        String id = required(file, mapping, fields, "id");
        if (!ID.matcher(id).matches()) {
            throw problem(file, fields.get("id"), "id '" + id + "' must be lower-case letters, digits and hyphens");
        }
        String context = "entry '" + id + "'";
        String event = required(file, mapping, fields, "event", context);
        String source = required(file, mapping, fields, "source", context);
        if (!URL.matcher(source).matches()) {
            throw problem(file, fields.get("source"), context + ": source '" + source + "' is not an http(s) URL");
        }
        LocalDate date = null;
        int year;
        if (fields.containsKey("date") && fields.containsKey("year")) {
            throw problem(file, fields.get("year"), context + ": give date or year, not both");
        } else if (fields.containsKey("date")) {
            String text = scalar(file, fields.get("date"), context + ": date");
            try {
                if (!DATE.matcher(text).matches()) throw new DateTimeException(text);
                date = LocalDate.parse(text);
            } catch (DateTimeException e) {
                throw problem(file, fields.get("date"), context + ": date '" + text + "' is not a date (YYYY-MM-DD)");
            }
            year = date.getYear();
        } else if (fields.containsKey("year")) {
            String text = scalar(file, fields.get("year"), context + ": year");
            if (!YEAR.matcher(text).matches()) {
                throw problem(file, fields.get("year"), context + ": year '" + text + "' is not a year (e.g. 1989)");
            }
            year = Integer.parseInt(text);
        } else {
            throw problem(file, mapping, context + ": missing field 'date' (YYYY-MM-DD) or 'year'");
        }
        if (!fields.containsKey("aliases")) throw problem(file, mapping, context + ": missing field 'aliases'");
        Node aliasNode = fields.get("aliases");
        if (!(aliasNode instanceof SequenceNode aliasList) || aliasList.getValue().isEmpty()) {
            throw problem(file, aliasNode, context + ": aliases must be a non-empty list of phrases");
        }
        List<String> aliases = new ArrayList<>();
        for (Node alias : aliasList.getValue()) {
            String phrase = scalar(file, alias, context + ": alias").strip();
            if (ReferenceMatcher.words(phrase) < 2) {
                throw problem(file, alias, context + ": alias '" + phrase
                        + "' is too short to name the event safely (use at least two words)");
            }
            if (aliases.stream().anyMatch(a -> ReferenceMatcher.normalize(a).equals(ReferenceMatcher.normalize(phrase)))) {
                throw problem(file, alias, context + ": alias '" + phrase + "' given twice");
            }
            aliases.add(phrase);
        }
        String note = fields.containsKey("note") ? scalar(file, fields.get("note"), context + ": note") : null;
        return new ReferenceEntry(id, event, year, date, List.copyOf(aliases), source, note, file, line(mapping));
    }

    private static String required(Path file, MappingNode entry, Map<String, Node> fields, String name)
            throws ReferenceFactsException {
        return required(file, entry, fields, name, "entry");
    }

    private static String required(Path file, MappingNode entry, Map<String, Node> fields, String name, String context)
            throws ReferenceFactsException {
        Node node = fields.get(name);
        if (node == null) throw problem(file, entry, context + ": missing field '" + name + "'");
        String value = scalar(file, node, context + ": " + name).strip();
        if (value.isEmpty()) throw problem(file, node, context + ": field '" + name + "' is empty");
        return value;
    }

    private static String scalar(Path file, Node node, String what) throws ReferenceFactsException {
        if (node instanceof ScalarNode s) return s.getValue();
        throw problem(file, node, what + " must be a single value, not a list or mapping");
    }

    private static ReferenceFactsException problem(Path file, Node node, String message) {
        return new ReferenceFactsException(file + " line " + line(node) + ": " + message);
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }
}
