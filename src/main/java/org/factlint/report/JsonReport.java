package org.factlint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * The JSON formats other tools read. Field names and their order are a contract; the trees are
 * built node by node (not by reflecting over the records) so a rename in the model cannot leak.
 *
 * <p>{@code factlint check --format json}:
 * <pre>{@code
 * {"tool":{"name":"factlint","version":...},
 *  "files":[{"path":..., "publicationDate":"2025-02-25"|null, ["assumedDate":"2026-11-26" only when publicationDate is null,]
 *            "findings":[{"ruleId":..., "severity":"error"|"warning"|"info", "message":...,
 *                         "location":{"line":L,"column":C,"start":S,"end":E,"text":...},
 *                         "related":[{"line","column","start","end","text","message"}],
 *                         "arithmetic":...|null, "suggestion":...|null}]}],
 *  "errors":[{"path":...,"message":...}],
 *  "summary":{"files":N,"errors":N,"warnings":N,"infos":N,"unreadable":N}}
 * }</pre>
 * {@code start}/{@code end} are 0-based source offsets, end exclusive; {@code line}/{@code column}
 * are 1-based. In {@code summary}, {@code errors} counts error findings; {@code unreadable} counts
 * the entries of the top-level {@code errors} array.
 *
 * <p>{@code factlint claims --format json}: per file
 * {@code {"path","publicationDate",["assumedDate",]"claims":[{"type","text","location","value","unit","mod","anchor"}]}}
 * where {@code value} is a string (TIMEX3) or a number written without ".0" and without exponent.
 *
 * <p>Output is pretty printed with two-space indents and {@code \n} line ends, no trailing newline
 * from the {@code render} methods; non-ASCII text is written as is (UTF-8 when streamed).
 */
public final class JsonReport {
    public static final String TOOL_NAME = "factlint";

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectWriter WRITER = createWriter();

    private static ObjectWriter createWriter() {
        // Plain BigDecimals: a value of 0.0000001 must not come out as 1E-7.
        JsonFactory factory = JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return new ObjectMapper(factory).writer(printer);
    }

    /** The {@code check} document. */
    public String renderCheck(CheckRun run) {
        return write(checkTree(run));
    }

    /** The {@code check} document in UTF-8, followed by a newline. */
    public void writeCheck(CheckRun run, OutputStream out) {
        writeTo(checkTree(run), out);
    }

    /** The {@code claims} document of one file: always an object. */
    public String renderClaims(FileResult file) {
        return write(claimsTree(file));
    }

    /**
     * The {@code claims} document of the files named: an object when exactly one file was given
     * (the common case stays simple to read), a JSON array of those objects otherwise (also for none).
     */
    public String renderClaims(List<FileResult> files) {
        return write(claimsTree(files));
    }

    /** Like {@link #renderClaims(List)}, in UTF-8, followed by a newline. */
    public void writeClaims(List<FileResult> files, OutputStream out) {
        writeTo(claimsTree(files), out);
    }

    public ObjectNode checkTree(CheckRun run) {
        ObjectNode root = NODES.objectNode();
        ObjectNode tool = root.putObject("tool");
        tool.put("name", TOOL_NAME);
        tool.put("version", run.toolVersion());
        ArrayNode files = root.putArray("files");
        for (FileResult file : run.files()) {
            ObjectNode node = fileHeader(file);
            ArrayNode findings = node.putArray("findings");
            for (ReportedFinding finding : file.findings()) findings.add(finding(finding));
            files.add(node);
        }
        ArrayNode errors = root.putArray("errors");
        for (FileError error : run.errors()) {
            ObjectNode node = errors.addObject();
            node.put("path", error.path());
            node.put("message", error.message());
        }
        FindingCounts counts = FindingCounts.of(run.files());
        ObjectNode summary = root.putObject("summary");
        summary.put("files", run.files().size());
        summary.put("errors", counts.errors());
        summary.put("warnings", counts.warnings());
        summary.put("infos", counts.infos());
        summary.put("unreadable", run.errors().size());
        return root;
    }

    public JsonNode claimsTree(List<FileResult> files) {
        if (files.size() == 1) return claimsTree(files.get(0));
        ArrayNode array = NODES.arrayNode();
        for (FileResult file : files) array.add(claimsTree(file));
        return array;
    }

    public ObjectNode claimsTree(FileResult file) {
        ObjectNode node = fileHeader(file);
        ArrayNode claims = node.putArray("claims");
        for (ReportedClaim claim : file.claims()) {
            ObjectNode c = claims.addObject();
            c.put("type", claim.type());
            c.put("text", claim.location() == null ? null : claim.location().text());
            c.set("location", location(claim.location()));
            c.set("value", value(claim.value()));
            c.put("unit", claim.unit());
            c.put("mod", claim.mod());
            c.put("anchor", claim.anchor());
            if (claim.composed()) { // only composed readings have "composed", so the base claims' shape is unchanged
                c.set("high", value(claim.high()));
                c.put("composed", true);
            } else if (claim.high() != null) { // a numeric range: "eight to 10 feet" is 8..10
                c.set("high", value(claim.high()));
            }
        }
        return node;
    }

    /** path, publicationDate and, only when that is null, assumedDate. */
    private static ObjectNode fileHeader(FileResult file) {
        ObjectNode node = NODES.objectNode();
        node.put("path", file.path());
        if (file.publicationDate() != null) {
            node.put("publicationDate", file.publicationDate().toString());
        } else {
            node.putNull("publicationDate");
            node.put("assumedDate", file.assumedDate() == null ? null : file.assumedDate().toString());
        }
        return node;
    }

    private static ObjectNode finding(ReportedFinding finding) {
        ObjectNode node = NODES.objectNode();
        node.put("ruleId", finding.ruleId());
        node.put("severity", finding.severity().label());
        node.put("message", finding.message());
        node.set("location", location(finding.location()));
        ArrayNode related = node.putArray("related");
        for (RelatedSpan span : finding.related()) {
            ObjectNode r = spanFields(span.span(), NODES.objectNode());
            r.put("message", span.message());
            related.add(r);
        }
        node.put("arithmetic", finding.arithmetic());
        node.put("suggestion", finding.suggestion());
        return node;
    }

    private static JsonNode location(SourceSpan span) {
        return span == null ? NODES.nullNode() : spanFields(span, NODES.objectNode());
    }

    private static ObjectNode spanFields(SourceSpan span, ObjectNode node) {
        node.put("line", span.line());
        node.put("column", span.column());
        node.put("start", span.start());
        node.put("end", span.end());
        node.put("text", span.text());
        return node;
    }

    private static JsonNode value(Object value) {
        if (value == null) return NODES.nullNode();
        if (value instanceof Number number) {
            Number normal = ClaimValues.normalise(number);
            if (normal instanceof BigInteger integer) return NODES.numberNode(integer);
            if (normal instanceof BigDecimal decimal) return NODES.numberNode(decimal);
            return NODES.nullNode();
        }
        return NODES.textNode(value.toString());
    }

    private static String write(JsonNode tree) {
        try {
            return WRITER.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeTo(JsonNode tree, OutputStream out) {
        try {
            // writeValueAsBytes encodes UTF-8 and leaves the caller's stream open.
            out.write(WRITER.writeValueAsBytes(tree));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
