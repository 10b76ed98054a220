package org.factlint.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code factlint check --format sarif}: SARIF 2.1.0 as GitHub code scanning reads it. One run;
 * the driver lists every rule in force (plus any rule a finding names that was not in that list);
 * each finding is a result with its region, related spans, a fingerprint that survives edits
 * elsewhere in the file ({@link Fingerprints}) and, when the rule suggests a replacement, a fix.
 * Files that could not be read, and files without a publication date, become tool execution
 * notifications. Columns are UTF-16 units, as in every factlint report ({@code columnKind}).
 *
 * <p>Artifact URIs are relative to the base folder (the current directory) and resolved against
 * {@code %SRCROOT%}; files outside it keep the path as given ({@link ArtifactUri}).
 */
public final class SarifReport {
    public static final String SCHEMA_URI =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";
    static final String FINGERPRINT_KEY = "factlintFindingHash/v1";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<RuleDescription> rules;
    private final Path base;

    /**
     * @param rules the rules in force, in the order the driver should list them
     * @param base  the folder artifact URIs are relative to (the current directory for the CLI)
     */
    public SarifReport(List<RuleDescription> rules, Path base) {
        this.rules = List.copyOf(rules);
        this.base = base.toAbsolutePath().normalize();
    }

    public String render(CheckRun run, SourceTexts sources) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(run, sources));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }

    public ObjectNode tree(CheckRun run, SourceTexts sources) {
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        List<RuleDescription> listed = new ArrayList<>();
        for (RuleDescription rule : rules) {
            if (ruleIndex.putIfAbsent(rule.id(), listed.size()) == null) listed.add(rule);
        }
        for (FileResult file : run.files()) {
            for (ReportedFinding finding : file.findings()) {
                if (ruleIndex.putIfAbsent(finding.ruleId(), listed.size()) == null) {
                    listed.add(RuleDescription.unknown(finding.ruleId(), finding.severity()));
                }
            }
        }

        ObjectNode root = NODES.objectNode();
        root.put("$schema", SCHEMA_URI);
        root.put("version", "2.1.0");
        ObjectNode sarifRun = root.putArray("runs").addObject();
        ObjectNode driver = sarifRun.putObject("tool").putObject("driver");
        driver.put("name", JsonReport.TOOL_NAME);
        driver.put("version", run.toolVersion());
        ArrayNode ruleNodes = driver.putArray("rules");
        for (RuleDescription rule : listed) ruleNodes.add(rule(rule));

        // SARIF requires a base URI to end with a slash; Path.toUri adds one only for folders that exist.
        String baseUri = base.toUri().toString();
        sarifRun.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", baseUri.endsWith("/") ? baseUri : baseUri + "/");
        ArrayNode artifacts = sarifRun.putArray("artifacts");
        ObjectNode invocation = sarifRun.putArray("invocations").addObject();
        invocation.put("executionSuccessful", run.errors().isEmpty());
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        sarifRun.put("columnKind", "utf16CodeUnits");
        ArrayNode results = sarifRun.putArray("results");

        for (FileResult file : run.files()) {
            int artifactIndex = artifacts.size();
            artifacts.addObject().set("location", artifactLocation(file.path(), -1));
            if (file.publicationDate() == null) {
                notifications.add(notification("note", file.path(), "no publication date; relative dates resolved against "
                        + (file.assumedDate() == null ? "today" : file.assumedDate() + " (today)")));
            }
            String text = sources.text(file.path());
            LineIndex lines = text == null ? null : new LineIndex(text);
            Fingerprints fingerprints = new Fingerprints(lines);
            for (ReportedFinding finding : file.findings()) {
                results.add(result(file.path(), artifactIndex, finding, ruleIndex.get(finding.ruleId()), lines, fingerprints));
            }
        }
        for (FileError error : run.errors()) notifications.add(notification("error", error.path(), error.message()));
        return root;
    }

    private static ObjectNode rule(RuleDescription rule) {
        ObjectNode node = NODES.objectNode();
        node.put("id", rule.id());
        node.put("name", pascalCase(rule.id()));
        node.putObject("shortDescription").put("text", rule.summary());
        node.putObject("fullDescription").put("text", rule.fullDescription());
        ObjectNode help = node.putObject("help");
        help.put("text", rule.help());
        help.put("markdown", rule.helpMarkdown());
        node.putObject("defaultConfiguration").put("level", level(rule.severity()));
        return node;
    }

    private ObjectNode result(String path, int artifactIndex, ReportedFinding finding, int ruleIndex, LineIndex lines,
                              Fingerprints fingerprints) {
        ObjectNode node = NODES.objectNode();
        node.put("ruleId", finding.ruleId());
        node.put("ruleIndex", ruleIndex);
        node.put("level", level(finding.severity()));
        node.putObject("message").put("text", FindingText.full(finding));
        node.putArray("locations").addObject().set("physicalLocation",
                physicalLocation(path, artifactIndex, finding.location(), lines));
        if (!finding.related().isEmpty()) {
            ArrayNode related = node.putArray("relatedLocations");
            int id = 1;
            for (RelatedSpan span : finding.related()) {
                ObjectNode location = related.addObject();
                location.put("id", id++);
                location.set("physicalLocation", physicalLocation(path, artifactIndex, span.span(), lines));
                String message = "\"" + TextReport.oneLine(span.span().text()) + "\""
                        + (span.message() == null ? "" : " " + TextReport.oneLine(span.message()));
                location.putObject("message").put("text", message);
            }
        }
        node.putObject("partialFingerprints").put(FINGERPRINT_KEY, fingerprints.next(finding));
        if (finding.suggestion() != null && finding.location() != null) {
            ObjectNode fix = node.putArray("fixes").addObject();
            fix.putObject("description").put("text", "Replace with \"" + TextReport.oneLine(finding.suggestion()) + "\"");
            ObjectNode change = fix.putArray("artifactChanges").addObject();
            change.set("artifactLocation", artifactLocation(path, artifactIndex));
            ObjectNode replacement = change.putArray("replacements").addObject();
            replacement.set("deletedRegion", region(finding.location(), lines, false));
            replacement.putObject("insertedContent").put("text", finding.suggestion());
        }
        return node;
    }

    private ObjectNode physicalLocation(String path, int artifactIndex, SourceSpan span, LineIndex lines) {
        ObjectNode node = NODES.objectNode();
        node.set("artifactLocation", artifactLocation(path, artifactIndex));
        if (span != null) node.set("region", region(span, lines, true));
        return node;
    }

    private ObjectNode artifactLocation(String path, int artifactIndex) {
        ObjectNode node = NODES.objectNode();
        node.put("uri", ArtifactUri.uri(path, base));
        if (ArtifactUri.isInside(path, base)) node.put("uriBaseId", SRCROOT);
        if (artifactIndex >= 0) node.put("index", artifactIndex);
        return node;
    }

    /** Lines and columns are 1-based; endColumn is exclusive, as SARIF defines it. */
    private static ObjectNode region(SourceSpan span, LineIndex lines, boolean withSnippet) {
        LineIndex.Position end = lines == null ? LineIndex.endOf(span) : lines.end(span);
        ObjectNode node = NODES.objectNode();
        node.put("startLine", span.line());
        node.put("startColumn", span.column());
        node.put("endLine", end.line());
        node.put("endColumn", end.column());
        if (withSnippet && span.text() != null) node.putObject("snippet").put("text", span.text());
        return node;
    }

    private ObjectNode notification(String level, String path, String message) {
        ObjectNode node = NODES.objectNode();
        node.put("level", level);
        node.putObject("message").put("text", message);
        node.putArray("locations").addObject().putObject("physicalLocation").set("artifactLocation",
                artifactLocation(path, -1));
        return node;
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** SARIF's rule "name" is meant to be an identifier: event-dated-twice becomes EventDatedTwice. */
    static String pascalCase(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.length() == 0 ? id : name.toString();
    }
}
