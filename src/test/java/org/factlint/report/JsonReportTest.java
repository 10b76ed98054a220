package org.factlint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factlint.report.Fixtures.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportTest {
    private final JsonReport report = new JsonReport();
    private final ObjectMapper mapper = new ObjectMapper();

    private JsonNode parse(String json) throws Exception {
        return mapper.readTree(json);
    }

    private static List<String> keys(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private CheckRun run() {
        return new CheckRun("0.1.0", List.of(
                file("a.md", PUBLISHED, List.of(datedTwice(), finding(Severity.INFO, "conversion-verified", 3))),
                file("b.md", null, List.of(finding(Severity.ERROR, "sum", 1)))),
                List.of(new FileError("missing.md", "no such file")));
    }

    @Test
    void checkDocumentHasTheContractedKeysInOrder() throws Exception {
        JsonNode root = parse(report.renderCheck(run()));

        assertThat(keys(root)).containsExactly("tool", "files", "errors", "summary");
        assertThat(root.at("/tool/name").asText()).isEqualTo("factlint");
        assertThat(root.at("/tool/version").asText()).isEqualTo("0.1.0");
        assertThat(keys(root.at("/files/0"))).containsExactly("path", "publicationDate", "findings");
        assertThat(root.at("/files/0/publicationDate").asText()).isEqualTo("2025-02-25");

        JsonNode finding = root.at("/files/0/findings/0");
        assertThat(keys(finding)).containsExactly(
                "ruleId", "severity", "message", "location", "related", "arithmetic", "suggestion");
        assertThat(finding.get("ruleId").asText()).isEqualTo("event-dated-twice");
        assertThat(finding.get("severity").asText()).isEqualTo("warning");
        assertThat(keys(finding.get("location"))).containsExactly("line", "column", "start", "end", "text");
        assertThat(finding.at("/location/line").asInt()).isEqualTo(9);
        assertThat(finding.at("/location/column").asInt()).isEqualTo(47);
        assertThat(finding.at("/location/start").asInt()).isEqualTo(546);
        assertThat(finding.at("/location/end").asInt()).isEqualTo(550);
        assertThat(finding.at("/location/text").asText()).isEqualTo("2019");
        assertThat(keys(finding.at("/related/0")))
                .containsExactly("line", "column", "start", "end", "text", "message");
        assertThat(finding.at("/related/0/message").asText()).isEqualTo("dates the full-scale invasion to 2022");
        assertThat(finding.get("arithmetic").asText()).isEqualTo("2025 - 3 = 2022");
        assertThat(finding.get("suggestion").asText()).isEqualTo("2022");

        JsonNode info = root.at("/files/0/findings/1");
        assertThat(info.get("severity").asText()).isEqualTo("info");
        assertThat(info.get("arithmetic").isNull()).isTrue();
        assertThat(info.get("suggestion").isNull()).isTrue();
        assertThat(info.get("related").isArray()).isTrue();
        assertThat(info.get("related")).isEmpty();
    }

    @Test
    void missingPublicationDateIsNullWithAssumedDate() throws Exception {
        JsonNode file = parse(report.renderCheck(run())).at("/files/1");

        assertThat(keys(file)).containsExactly("path", "publicationDate", "assumedDate", "findings");
        assertThat(file.get("publicationDate").isNull()).isTrue();
        assertThat(file.get("assumedDate").asText()).isEqualTo("2026-11-26");
    }

    @Test
    void errorsAndSummary() throws Exception {
        JsonNode root = parse(report.renderCheck(run()));

        assertThat(keys(root.at("/errors/0"))).containsExactly("path", "message");
        assertThat(root.at("/errors/0/path").asText()).isEqualTo("missing.md");
        assertThat(keys(root.get("summary"))).containsExactly("files", "errors", "warnings", "infos", "unreadable");
        assertThat(root.at("/summary/files").asInt()).isEqualTo(2);
        assertThat(root.at("/summary/errors").asInt()).isEqualTo(1);
        assertThat(root.at("/summary/warnings").asInt()).isEqualTo(1);
        assertThat(root.at("/summary/infos").asInt()).isEqualTo(1);
        assertThat(root.at("/summary/unreadable").asInt()).isEqualTo(1);
    }

    @Test
    void prettyPrintedWithTwoSpacesAndNewlines() {
        String json = report.renderCheck(new CheckRun("1", List.of(), List.of()));

        assertThat(json).isEqualTo("""
                {
                  "tool": {
                    "name": "factlint",
                    "version": "1"
                  },
                  "files": [],
                  "errors": [],
                  "summary": {
                    "files": 0,
                    "errors": 0,
                    "warnings": 0,
                    "infos": 0,
                    "unreadable": 0
                  }
                }""");
    }

    @Test
    void nonAsciiAndHtmlCharactersAreWrittenAsIsInUtf8() throws Exception {
        ReportedFinding finding = new ReportedFinding("r", Severity.INFO, "Kyiv’s <b>€5bn</b> & more", null,
                List.of(), null, null);
        CheckRun run = new CheckRun("1", List.of(file("ü.md", PUBLISHED, List.of(finding))), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        report.writeCheck(run, out);

        String written = out.toString(StandardCharsets.UTF_8);
        assertThat(written).contains("\"message\": \"Kyiv’s <b>€5bn</b> & more\"").contains("\"path\": \"ü.md\"")
                .isEqualTo(report.renderCheck(run) + "\n");
        assertThat(parse(written).at("/files/0/findings/0/location").isNull()).isTrue();
    }

    private static ReportedClaim claim(String type, Object value, String unit) {
        return new ReportedClaim(type, new SourceSpan(10, 20, 2, 5, "some text"), value, unit, null, null);
    }

    @Test
    void claimValuesAreStringsOrPlainNumbers() throws Exception {
        FileResult file = new FileResult("a.md", PUBLISHED, null, List.of(), List.of(
                claim("MONEY", 5.0e11, "USD"), claim("PERCENT", 0.05, null), claim("NUMBER", 3.5, null),
                claim("NUMBER", 1e-7, null), claim("NUMBER", 3, null), claim("QUANTITY", 12.0f, "km"),
                claim("NUMBER", new BigDecimal("2.50"), null), claim("DURATION", "P3Y", null)));

        String json = report.renderClaims(file);

        assertThat(json).contains("\"value\": 500000000000,").contains("\"value\": 0.05,")
                .contains("\"value\": 3.5,").contains("\"value\": 0.0000001,").contains("\"value\": 3,")
                .contains("\"value\": 12,").contains("\"value\": 2.5,").contains("\"value\": \"P3Y\",")
                .doesNotContain(".0,").doesNotContainPattern("\\d[eE][-+]?\\d");
        JsonNode claims = parse(json).get("claims");
        assertThat(claims.get(0).get("value").isIntegralNumber()).isTrue();
        assertThat(claims.get(0).get("value").asLong()).isEqualTo(500_000_000_000L);
        assertThat(claims.get(7).get("value").isTextual()).isTrue();
    }

    @Test
    void claimsDocumentKeysForOneFile() throws Exception {
        ReportedClaim claim = new ReportedClaim("DATE", new SourceSpan(40, 44, 3, 7, "2022"), "2022", null,
                "APPROX", "full-scale invasion");
        JsonNode root = parse(report.renderClaims(List.of(new FileResult("a.md", null, TODAY, List.of(), List.of(claim)))));

        assertThat(root.isObject()).isTrue();
        assertThat(keys(root)).containsExactly("path", "publicationDate", "assumedDate", "claims");
        JsonNode c = root.at("/claims/0");
        assertThat(keys(c)).containsExactly("type", "text", "location", "value", "unit", "mod", "anchor");
        assertThat(c.get("type").asText()).isEqualTo("DATE");
        assertThat(c.get("text").asText()).isEqualTo("2022");
        assertThat(keys(c.get("location"))).containsExactly("line", "column", "start", "end", "text");
        assertThat(c.get("value").asText()).isEqualTo("2022");
        assertThat(c.get("unit").isNull()).isTrue();
        assertThat(c.get("mod").asText()).isEqualTo("APPROX");
        assertThat(c.get("anchor").asText()).isEqualTo("full-scale invasion");
    }

    @Test
    void aComposedRangeCarriesItsEndPointAndIsMarkedComposed() throws Exception {
        ReportedClaim range = new ReportedClaim("DATE", new SourceSpan(10, 27, 1, 11, "from 2014 to 2018"), "2014", null,
                null, null, "2018", true);
        JsonNode c = parse(report.renderClaims(List.of(new FileResult("a.md", PUBLISHED, null, List.of(), List.of(range)))))
                .at("/claims/0");
        assertThat(keys(c)).containsExactly("type", "text", "location", "value", "unit", "mod", "anchor", "high", "composed");
        assertThat(c.get("high").asText()).isEqualTo("2018");
        assertThat(c.get("composed").asBoolean()).isTrue();
    }

    @Test
    void aNumericRangeCarriesItsHighEndAsANumber() throws Exception {
        ReportedClaim range = new ReportedClaim("MONEY", new SourceSpan(20, 33, 1, 21, "£300 and £450"), 300.0, "GBP",
                null, null, 450.0, false);
        JsonNode c = parse(report.renderClaims(List.of(new FileResult("a.md", PUBLISHED, null, List.of(), List.of(range)))))
                .at("/claims/0");
        assertThat(keys(c)).containsExactly("type", "text", "location", "value", "unit", "mod", "anchor", "high");
        assertThat(c.get("value").isNumber()).isTrue();
        assertThat(c.get("high").isNumber()).isTrue();
        assertThat(c.get("high").asInt()).isEqualTo(450);
    }

    @Test
    void claimsForSeveralFilesIsAnArray() throws Exception {
        FileResult a = new FileResult("a.md", PUBLISHED, null, List.of(), List.of());
        FileResult b = new FileResult("b.md", PUBLISHED, null, List.of(), List.of());

        JsonNode several = parse(report.renderClaims(List.of(a, b)));
        assertThat(several.isArray()).isTrue();
        assertThat(several).hasSize(2);
        assertThat(several.get(1).get("path").asText()).isEqualTo("b.md");
        assertThat(parse(report.renderClaims(List.of())).isArray()).isTrue();
    }
}
