package org.factlint.ingest;

import java.io.StringReader;
import java.time.LocalDate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * YAML front matter at the very start of a Markdown file: a line {@code ---}, YAML, then a line
 * {@code ---} or {@code ...}. Only {@code date} and {@code title} are used.
 *
 * @param bodyStart source offset where the Markdown body begins
 * @param date      the publication date, or null
 * @param title     the title, or null
 */
record FrontMatter(int bodyStart, LocalDate date, String title) {
    private static final char BOM = '\uFEFF';

    /** Front matter of {@code source}; with none, the body starts after any byte order mark. */
    static FrontMatter parse(String source) throws InputProblem {
        int start = !source.isEmpty() && source.charAt(0) == BOM ? 1 : 0;
        int firstLineEnd = lineEnd(source, start);
        if (!isLine(source, start, firstLineEnd, "---")) return new FrontMatter(start, null, null);

        int yamlStart = nextLine(source, firstLineEnd);
        for (int lineStart = yamlStart; lineStart < source.length(); ) {
            int end = lineEnd(source, lineStart);
            if (isLine(source, lineStart, end, "---") || isLine(source, lineStart, end, "...")) {
                return interpret(source.substring(yamlStart, lineStart), nextLine(source, end));
            }
            lineStart = nextLine(source, end);
        }
        throw new InputProblem("front matter: no closing '---'");
    }

    private static FrontMatter interpret(String yamlText, int bodyStart) throws InputProblem {
        // Composing rather than loading keeps line numbers and the date exactly as written
        // (a loaded timestamp would be shifted to UTC).
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yamlText));
        } catch (MarkedYAMLException e) {
            String problem = oneLine(e.getProblem() != null ? e.getProblem() : e.getContext());
            if (e.getProblemMark() == null) throw new InputProblem("front matter: " + problem);
            throw new InputProblem("front matter line " + fileLine(e.getProblemMark().getLine()) + ": " + problem);
        } catch (YAMLException e) {
            throw new InputProblem("front matter: " + oneLine(e.getMessage()));
        }
        if (root == null) return new FrontMatter(bodyStart, null, null);
        if (!(root instanceof MappingNode mapping)) throw new InputProblem("front matter: expected key: value pairs");

        LocalDate date = null;
        String title = null;
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) continue;
            Node value = tuple.getValueNode();
            if (key.getValue().equals("date")) {
                String at = "front matter line " + fileLine(value.getStartMark().getLine()) + ": ";
                if (!(value instanceof ScalarNode scalar)) {
                    throw new InputProblem(at + "date is a list or mapping, not a date (expected YYYY-MM-DD)");
                }
                date = Dates.parseLeading(scalar.getValue());
                if (date == null) {
                    throw new InputProblem(at + "date '" + oneLine(scalar.getValue()) + "' is not a date (expected YYYY-MM-DD)");
                }
            } else if (key.getValue().equals("title") && value instanceof ScalarNode scalar) {
                title = scalar.getValue().strip();
                if (title.isEmpty()) title = null;
            }
        }
        return new FrontMatter(bodyStart, date, title);
    }

    /** A 0-based line of the YAML text as a 1-based line of the file (the opening '---' is line 1). */
    private static int fileLine(int yamlLine) {
        return yamlLine + 2;
    }

    private static String oneLine(String text) {
        return text == null ? "invalid YAML" : text.strip().replaceAll("\\s+", " ");
    }

    private static boolean isLine(String source, int start, int end, String marker) {
        if (!source.startsWith(marker, start)) return false;
        for (int i = start + marker.length(); i < end; i++) {
            char c = source.charAt(i);
            if (c != ' ' && c != '\t') return false;
        }
        return true;
    }

    /** Offset of the line terminator (or end of text) of the line starting at {@code start}. */
    private static int lineEnd(String source, int start) {
        int i = start;
        while (i < source.length() && source.charAt(i) != '\n' && source.charAt(i) != '\r') i++;
        return i;
    }

    private static int nextLine(String source, int lineEnd) {
        if (lineEnd < source.length() && source.charAt(lineEnd) == '\r') lineEnd++;
        if (lineEnd < source.length() && source.charAt(lineEnd) == '\n') lineEnd++;
        return lineEnd;
    }
}
