package org.factlint.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factlint.engine.RuleInfo;

/**
 * What report formats say about a rule (SARIF's rule descriptors): the one-line summary from the
 * DRL, and prose from the rule's documentation ({@code <id>.md} beside the DRL) when there is one.
 *
 * @param fullDescription the doc's first paragraph of prose (and the list it introduces), else the summary
 * @param help            the doc's prose up to its first section heading, else the summary; both
 *                        followed by how to read the whole doc
 * @param helpMarkdown    the same prose as Markdown
 */
public record RuleDescription(String id, Severity severity, String summary, String fullDescription, String help,
                              String helpMarkdown) {

    /** For a finding whose rule is not in the list given to a report (not expected, but never fatal). */
    static RuleDescription unknown(String id, Severity severity) {
        return of(id, severity, id, List.of());
    }

    /** Descriptions with docs looked up beside each rule's DRL only. */
    public static List<RuleDescription> of(Iterable<RuleInfo> rules) {
        return of(rules, List.of());
    }

    /**
     * @param docFolders where else to look for {@code <id>.md}, in order, when the DRL's own folder
     *                   has none (rules loaded from the compiled-rules cache may not know their file)
     */
    public static List<RuleDescription> of(Iterable<RuleInfo> rules, List<Path> docFolders) {
        List<RuleDescription> descriptions = new ArrayList<>();
        for (RuleInfo rule : rules) descriptions.add(of(rule, docFolders));
        return descriptions;
    }

    public static RuleDescription of(RuleInfo rule, List<Path> docFolders) {
        String summary = rule.summary() == null || rule.summary().isBlank() ? rule.id() : rule.summary();
        return of(rule.id(), rule.severity(), summary, proseParagraphs(docOf(rule, docFolders)));
    }

    private static RuleDescription of(String id, Severity severity, String summary, List<String> paragraphs) {
        String pointer = "factlint rules explain " + id;
        if (paragraphs.isEmpty()) {
            return new RuleDescription(id, severity, summary, summary, summary + "\n\n" + pointer,
                    summary + "\n\n`" + pointer + "`");
        }
        List<String> plain = paragraphs.stream().map(RuleDescription::oneParagraph).toList();
        // The first paragraph, with the list that completes it when it ends in a colon.
        int last = 0;
        while (last + 1 < plain.size() && plain.get(last).endsWith(":")) last++;
        String full = String.join("\n", plain.subList(0, last + 1));
        return new RuleDescription(id, severity, summary, full, String.join("\n\n", plain) + "\n\n" + pointer,
                String.join("\n\n", paragraphs) + "\n\n`" + pointer + "`");
    }

    private static Path docOf(RuleInfo rule, List<Path> docFolders) {
        List<Path> folders = new ArrayList<>();
        if (rule.file() != null && rule.file().getParent() != null) folders.add(rule.file().getParent());
        folders.addAll(docFolders);
        for (Path folder : folders) {
            Path doc = folder.resolve(rule.id() + ".md");
            if (Files.isRegularFile(doc)) return doc;
        }
        return null;
    }

    /**
     * The doc's paragraphs between its header lines ({@code # id}, {@code **Severity:** ...}) and
     * its first {@code ##} section, as written. An unreadable doc just means no prose.
     */
    static List<String> proseParagraphs(Path doc) {
        if (doc == null) return List.of();
        String text;
        try {
            text = Files.readString(doc);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.split("\\R\\s*\\R")) {
            String trimmed = paragraph.strip();
            if (trimmed.startsWith("## ") || trimmed.startsWith("```")) break;
            if (trimmed.isEmpty() || trimmed.startsWith("# ") || trimmed.startsWith("**")) continue;
            paragraphs.add(trimmed);
        }
        return paragraphs;
    }

    /** A Markdown paragraph as one line of plain prose (list items keep their own lines). */
    private static String oneParagraph(String markdown) {
        return markdown.replaceAll("\\R(?!\\s*- )\\s*", " ").replace("`", "");
    }
}
