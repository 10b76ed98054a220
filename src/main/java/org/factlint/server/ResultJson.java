package org.factlint.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import org.factlint.engine.RuleInfo;
import org.factlint.report.CheckRun;
import org.factlint.report.FileResult;
import org.factlint.report.JsonReport;

/**
 * The API's response bodies. Check and claims results are the CLI's JSON documents (built by
 * {@link JsonReport}), so a client can treat {@code check --format json FILE} and the API alike.
 */
final class ResultJson {
    // Plain BigDecimals, as in JsonReport: a claim value of 0.0000001 must not come out as 1E-7.
    private static final ObjectMapper JSON = new ObjectMapper(
            JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build());
    private final JsonReport report = new JsonReport();
    private final String version;

    ResultJson(String version) {
        this.version = version;
    }

    /**
     * {@code check --format json} for one file. With claims requested, {@code files[0]} gains a
     * {@code claims} array after {@code findings}; every other field is unchanged.
     */
    String check(FileResult result, boolean includeClaims) {
        CheckRun run = new CheckRun(version, List.of(result), List.of());
        if (!includeClaims) return report.renderCheck(run);
        ObjectNode tree = report.checkTree(run);
        ObjectNode file = (ObjectNode) tree.get("files").get(0);
        file.set("claims", report.claimsTree(result).get("claims"));
        return write(tree);
    }

    /** {@code claims --format json} for one file. */
    String claims(FileResult result) {
        return report.renderClaims(result);
    }

    String rules(Collection<RuleInfo> rules) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode array = root.putArray("rules");
        for (RuleInfo rule : rules) {
            ObjectNode node = array.addObject();
            node.put("id", rule.id());
            node.put("severity", rule.severity().label());
            node.put("summary", rule.summary());
        }
        return write(root);
    }

    String health() {
        ObjectNode root = JSON.createObjectNode();
        root.put("status", "ok");
        root.put("version", version);
        return write(root);
    }

    static String error(String message) {
        ObjectNode root = JSON.createObjectNode();
        root.put("error", message);
        return write(root);
    }

    private static String write(JsonNode tree) {
        try {
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
