package org.factlint.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factlint.server.TestServers.get;
import static org.factlint.server.TestServers.postJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.factlint.ingest.DocumentReader;
import org.factlint.report.CheckRun;
import org.factlint.report.JsonReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The API over HTTP on loopback, against the real checker and the seed article. */
class ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static CheckServer server;

    @BeforeAll
    static void startServer() {
        server = TestServers.start(TestServers.options());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static String draft(String format, String date, String name, Boolean includeClaims) {
        ObjectNode body = JSON.createObjectNode().put("text", TestServers.seed()).put("format", format);
        if (date != null) body.put("date", date);
        if (name != null) body.put("name", name);
        if (includeClaims != null) body.put("includeClaims", includeClaims);
        return body.toString();
    }

    @Test
    void checkFindsTheEventDatedTwiceInTheSeed() throws Exception {
        HttpResponse<String> response = postJson(server, "/api/check", draft("md", null, null, null));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode file = JSON.readTree(response.body()).get("files").get(0);
        assertThat(file.get("path").asText()).isEqualTo("draft");
        assertThat(file.get("publicationDate").asText()).isEqualTo("2025-02-25");
        List<JsonNode> dated = new ArrayList<>();
        file.get("findings").forEach(f -> { if (f.get("ruleId").asText().equals("event-dated-twice")) dated.add(f); });
        assertThat(dated).hasSize(1);
        assertThat(dated.get(0).at("/location/text").asText()).isEqualTo("2019");
        assertThat(dated.get(0).at("/related/0/text").asText()).isEqualTo("three years ago");
        assertThat(file.has("claims")).isFalse();
    }

    @Test
    void checkAnswersExactlyWhatCheckFormatJsonPrintsForTheFile() throws Exception {
        String name = TestServers.SEED_MD.toString();
        var document = new DocumentReader().read(TestServers.SEED_MD);
        String expected = new JsonReport().renderCheck(
                new CheckRun(TestServers.VERSION, List.of(TestServers.factlint().check(document)), List.of()));

        HttpResponse<String> response = postJson(server, "/api/check", draft("md", null, name, null));

        assertThat(response.body()).isEqualTo(expected);
    }

    @Test
    void includeClaimsAddsClaimsAndChangesNothingElse() throws Exception {
        JsonNode plain = JSON.readTree(postJson(server, "/api/check", draft("md", null, null, null)).body());
        JsonNode withClaims = JSON.readTree(postJson(server, "/api/check", draft("md", null, null, true)).body());

        ObjectNode file = (ObjectNode) withClaims.get("files").get(0);
        assertThat(file.get("claims").isArray()).isTrue();
        assertThat(file.get("claims").size()).isGreaterThan(0);
        file.remove("claims");
        assertThat(withClaims).isEqualTo(plain);
    }

    @Test
    void dateOverridesTheFrontMatter() throws Exception {
        JsonNode file = JSON.readTree(postJson(server, "/api/check", draft("md", "2026-01-10", null, null)).body())
                .get("files").get(0);

        assertThat(file.get("publicationDate").asText()).isEqualTo("2026-01-10");
    }

    @Test
    void claimsListsTheSeedsDatesAndMoney() throws Exception {
        HttpResponse<String> response = postJson(server, "/api/claims", draft("md", null, "seed.md", null));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode root = JSON.readTree(response.body());
        assertThat(root.get("path").asText()).isEqualTo("seed.md");
        List<String> texts = new ArrayList<>();
        List<String> types = new ArrayList<>();
        root.get("claims").forEach(c -> { texts.add(c.get("text").asText()); types.add(c.get("type").asText()); });
        assertThat(texts).contains("2019", "three years ago");
        assertThat(types).contains("DATE", "MONEY");
    }

    @Test
    void plainTextWithoutDateGetsAnAssumedDate() throws Exception {
        String body = JSON.createObjectNode().put("text", "Prices rose 5% last year.").put("format", "txt").toString();
        JsonNode file = JSON.readTree(postJson(server, "/api/claims", body).body());

        assertThat(file.get("publicationDate").isNull()).isTrue();
        assertThat(file.get("assumedDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void rulesListsIdSeverityAndSummary() throws Exception {
        HttpResponse<String> response = get(server, "/api/rules");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode rules = JSON.readTree(response.body()).get("rules");
        JsonNode dated = null;
        for (JsonNode rule : rules) if (rule.get("id").asText().equals("event-dated-twice")) dated = rule;
        assertThat(dated).isNotNull();
        assertThat(dated.get("severity").asText()).isEqualTo("warning");
        assertThat(dated.get("summary").asText()).isNotBlank();
    }

    @Test
    void healthSaysOk() throws Exception {
        HttpResponse<String> response = get(server, "/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("status").asText()).isEqualTo("ok");
    }

    @Test
    void pageScriptAndStyleAreServedWithTheirTypes() throws Exception {
        assertThat(get(server, "/").headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(get(server, "/app.js").headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/javascript"));
        assertThat(get(server, "/app.css").headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/css"));
        String page = get(server, "/").body();
        // No inline script or style: the CSP forbids them, so the page must not need them.
        assertThat(page).doesNotContain("<style").doesNotContain("style=").doesNotContainPattern("<script(?![^>]*\\bsrc=)");
        assertThat(page).doesNotContain("http://", "https://");
    }
}
