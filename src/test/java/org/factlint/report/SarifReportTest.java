package org.factlint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.factlint.report.Drafts.ARTICLE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factlint.engine.RuleInfo;
import org.junit.jupiter.api.Test;

class SarifReportTest {
    private static final Path BASE = Path.of("/work/project");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** event-dated-twice with its real doc in rules/; currency-conversion pointing at a folder without docs. */
    private static final List<RuleDescription> RULES = RuleDescription.of(List.of(
            new RuleInfo("currency-conversion", Severity.ERROR, "A conversion disagrees with the ECB rate",
                    "conversion", Path.of("no-such-folder/currency-conversion.drl")),
            new RuleInfo("event-dated-twice", Severity.WARNING,
                    "The same event is given two dates that cannot both be right", "twice",
                    Path.of("rules/event-dated-twice.drl"))));

    private static JsonNode render(CheckRun run, Map<String, String> texts) throws Exception {
        return JSON.readTree(new SarifReport(RULES, BASE).render(run, SourceTexts.of(texts)));
    }

    private static JsonNode article() throws Exception {
        return render(Drafts.run(Drafts.article("drafts/a.md", ARTICLE)), Map.of("drafts/a.md", ARTICLE));
    }

    @Test
    void documentHasSchemaVersionOneRunAndTheDriver() throws Exception {
        JsonNode root = article();

        assertThat(root.get("$schema").asText()).isEqualTo(SarifReport.SCHEMA_URI);
        assertThat(root.get("version").asText()).isEqualTo("2.1.0");
        assertThat(root.get("runs")).hasSize(1);
        JsonNode driver = root.at("/runs/0/tool/driver");
        assertThat(driver.get("name").asText()).isEqualTo("factlint");
        assertThat(driver.get("version").asText()).isEqualTo("0.1.0");
        assertThat(driver.get("rules").findValuesAsText("id")).containsExactly("currency-conversion", "event-dated-twice");
        assertThat(root.at("/runs/0/columnKind").asText()).isEqualTo("utf16CodeUnits");
        assertThat(root.at("/runs/0/originalUriBaseIds/%SRCROOT%/uri").asText()).isEqualTo("file:///work/project/");
        assertThat(root.at("/runs/0/artifacts/0/location/uri").asText()).isEqualTo("drafts/a.md");
        assertThat(root.at("/runs/0/invocations/0/executionSuccessful").asBoolean()).isTrue();
    }

    @Test
    void rulesTakeTheirDescriptionsFromTheRuleDocWhenThereIsOne() throws Exception {
        JsonNode rules = article().at("/runs/0/tool/driver/rules");

        JsonNode documented = rules.get(1);
        assertThat(documented.get("name").asText()).isEqualTo("EventDatedTwice");
        assertThat(documented.at("/shortDescription/text").asText())
                .isEqualTo("The same event is given two dates that cannot both be right");
        assertThat(documented.at("/fullDescription/text").asText())
                .startsWith("A story names an event twice").doesNotContain("\n").doesNotContain("```");
        assertThat(documented.at("/help/text").asText()).contains("Plural phrases")
                .endsWith("factlint rules explain event-dated-twice");
        assertThat(documented.at("/defaultConfiguration/level").asText()).isEqualTo("warning");

        JsonNode undocumented = rules.get(0);
        assertThat(undocumented.at("/fullDescription/text").asText()).isEqualTo("A conversion disagrees with the ECB rate");
        assertThat(undocumented.at("/help/text").asText())
                .isEqualTo("A conversion disagrees with the ECB rate\n\nfactlint rules explain currency-conversion");
        assertThat(undocumented.at("/defaultConfiguration/level").asText()).isEqualTo("error");
    }

    @Test
    void resultsCarryRuleIndexLevelMessageRegionRelatedSpansAndFix() throws Exception {
        JsonNode results = article().at("/runs/0/results");
        assertThat(results).hasSize(2);

        JsonNode twice = results.get(0);
        assertThat(twice.get("ruleId").asText()).isEqualTo("event-dated-twice");
        assertThat(twice.get("ruleIndex").asInt()).isEqualTo(1);
        assertThat(twice.get("level").asText()).isEqualTo("warning");
        assertThat(twice.at("/message/text").asText()).isEqualTo(
                "The invasion is dated 2019 here, but \"three years ago\" puts it in 2022 (arithmetic: 2025 - 3 = 2022; suggestion: 2022)");
        JsonNode location = twice.at("/locations/0/physicalLocation");
        assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo("drafts/a.md");
        assertThat(location.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(location.at("/artifactLocation/index").asInt()).isZero();
        // "Deposits fell under Russian control after the 2019 invasion." is line 5; "2019" at column 47.
        assertThat(location.at("/region/startLine").asInt()).isEqualTo(5);
        assertThat(location.at("/region/startColumn").asInt()).isEqualTo(47);
        assertThat(location.at("/region/endLine").asInt()).isEqualTo(5);
        assertThat(location.at("/region/endColumn").asInt()).isEqualTo(51);
        assertThat(location.at("/region/snippet/text").asText()).isEqualTo("2019");

        JsonNode related = twice.at("/relatedLocations/0");
        assertThat(related.get("id").asInt()).isEqualTo(1);
        assertThat(related.at("/message/text").asText()).isEqualTo("\"three years ago\" counted back from the publication date");
        assertThat(related.at("/physicalLocation/region/startLine").asInt()).isEqualTo(4);
        assertThat(related.at("/physicalLocation/region/startColumn").asInt()).isEqualTo(16);
        assertThat(related.at("/physicalLocation/region/endColumn").asInt()).isEqualTo(31);

        JsonNode fix = twice.at("/fixes/0");
        assertThat(fix.at("/artifactChanges/0/replacements/0/insertedContent/text").asText()).isEqualTo("2022");
        assertThat(fix.at("/artifactChanges/0/replacements/0/deletedRegion/startColumn").asInt()).isEqualTo(47);

        JsonNode conversion = results.get(1);
        assertThat(conversion.get("ruleIndex").asInt()).isZero();
        assertThat(conversion.get("level").asText()).isEqualTo("error");
        assertThat(conversion.at("/message/text").asText()).endsWith("(suggestion: £395bn)");
    }

    @Test
    void infoIsANoteAndARuleMissingFromTheListIsAdded() throws Exception {
        ReportedFinding info = new ReportedFinding("conversion-verified", Severity.INFO, "verified",
                Drafts.span(ARTICLE, "£296bn"), List.of(), null, null);
        FileResult file = new FileResult("a.md", Fixtures.PUBLISHED, null, List.of(info), List.of());

        JsonNode root = render(Drafts.run(file), Map.of("a.md", ARTICLE));

        assertThat(root.at("/runs/0/results/0/level").asText()).isEqualTo("note");
        assertThat(root.at("/runs/0/results/0/ruleIndex").asInt()).isEqualTo(2);
        assertThat(root.at("/runs/0/tool/driver/rules/2/id").asText()).isEqualTo("conversion-verified");
        assertThat(root.at("/runs/0/tool/driver/rules/2/defaultConfiguration/level").asText()).isEqualTo("note");
        assertThat(root.at("/runs/0/results/0").has("fixes")).isFalse();
        assertThat(root.at("/runs/0/results/0").has("relatedLocations")).isFalse();
    }

    @Test
    void regionEndComesFromTheTextForSpansOverSeveralLines() throws Exception {
        String text = "First line.\r\nThe invasion of\r\n2019 and more.\n";
        SourceSpan span = Drafts.span(text, "invasion of\r\n2019");
        ReportedFinding finding = new ReportedFinding("event-dated-twice", Severity.WARNING, "m", span, List.of(), null, null);
        CheckRun run = Drafts.run(new FileResult("a.md", Fixtures.PUBLISHED, null, List.of(finding), List.of()));

        for (Map<String, String> texts : List.of(Map.of("a.md", text), Map.<String, String>of())) {
            JsonNode region = render(run, texts).at("/runs/0/results/0/locations/0/physicalLocation/region");
            assertThat(region.get("startLine").asInt()).isEqualTo(2);
            assertThat(region.get("startColumn").asInt()).isEqualTo(5);
            assertThat(region.get("endLine").asInt()).isEqualTo(3);
            assertThat(region.get("endColumn").asInt()).isEqualTo(5);
        }
    }

    @Test
    void artifactUrisAreRelativeToTheBaseWithForwardSlashesAndPercentEncoding() {
        assertThat(ArtifactUri.uri("drafts/a.md", BASE)).isEqualTo("drafts/a.md");
        assertThat(ArtifactUri.uri("/work/project/my drafts/Zürich #1.md", BASE)).isEqualTo("my%20drafts/Z%C3%BCrich%20%231.md");
        assertThat(ArtifactUri.uri("./drafts/../a%b.md", BASE)).isEqualTo("a%25b.md");
        assertThat(ArtifactUri.isInside("drafts/a.md", BASE)).isTrue();
        // Outside the base: the path as given, still a valid URI reference.
        assertThat(ArtifactUri.uri("/elsewhere/a b.md", BASE)).isEqualTo("/elsewhere/a%20b.md");
        assertThat(ArtifactUri.uri("../sibling/a.md", BASE)).isEqualTo("../sibling/a.md");
        assertThat(ArtifactUri.uri("..\\sibling\\a.md", BASE)).isEqualTo("../sibling/a.md");
        assertThat(ArtifactUri.isInside("/elsewhere/a b.md", BASE)).isFalse();
    }

    @Test
    void filesOutsideTheBaseHaveNoUriBaseId() throws Exception {
        JsonNode root = render(Drafts.run(Drafts.article("/elsewhere/a b.md", ARTICLE)), Map.of("/elsewhere/a b.md", ARTICLE));

        JsonNode artifact = root.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
        assertThat(artifact.get("uri").asText()).isEqualTo("/elsewhere/a%20b.md");
        assertThat(artifact.has("uriBaseId")).isFalse();
    }

    @Test
    void fingerprintsAreStableAcrossRunsAndWhenALineIsInsertedAbove() throws Exception {
        String edited = ARTICLE.replace("---\nRussia", "---\nA new first paragraph, added later.\n\nRussia");
        List<String> before = fingerprints(article());
        List<String> again = fingerprints(article());
        List<String> after = fingerprints(render(Drafts.run(Drafts.article("drafts/a.md", edited)), Map.of("drafts/a.md", edited)));

        assertThat(before).hasSize(2).doesNotHaveDuplicates().allMatch(f -> f.matches("[0-9a-f]{64}:1"));
        assertThat(again).isEqualTo(before);
        assertThat(after).isEqualTo(before);

        String changedLine = ARTICLE.replace("control after the 2019", "control since the 2019");
        List<String> other = fingerprints(render(Drafts.run(Drafts.article("drafts/a.md", changedLine)),
                Map.of("drafts/a.md", changedLine)));
        assertThat(other.get(0)).isNotEqualTo(before.get(0));
        assertThat(other.get(1)).isEqualTo(before.get(1));
    }

    @Test
    void identicalFindingsOnIdenticalLinesAreNumbered() throws Exception {
        String text = "The 2019 invasion.\nThe 2019 invasion.\n";
        List<ReportedFinding> findings = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            findings.add(new ReportedFinding("event-dated-twice", Severity.WARNING, "m", Drafts.span(text, "2019", i),
                    List.of(), null, null));
        }
        JsonNode root = render(Drafts.run(new FileResult("a.md", Fixtures.PUBLISHED, null, findings, List.of())),
                Map.of("a.md", text));

        List<String> prints = fingerprints(root);
        assertThat(prints.get(0)).endsWith(":1");
        assertThat(prints.get(1)).endsWith(":2");
        assertThat(prints.get(0).split(":")[0]).isEqualTo(prints.get(1).split(":")[0]);
    }

    @Test
    void unreadableFilesAndMissingDatesBecomeNotifications() throws Exception {
        FileResult undated = new FileResult("b.md", null, Fixtures.TODAY, List.of(), List.of());
        CheckRun run = new CheckRun("0.1.0", List.of(undated), List.of(new FileError("gone.md", "no such file")));

        JsonNode invocation = render(run, Map.of()).at("/runs/0/invocations/0");

        assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
        JsonNode notes = invocation.get("toolExecutionNotifications");
        assertThat(notes).hasSize(2);
        assertThat(notes.get(0).get("level").asText()).isEqualTo("note");
        assertThat(notes.get(0).at("/message/text").asText()).contains("2026-11-26");
        assertThat(notes.get(1).get("level").asText()).isEqualTo("error");
        assertThat(notes.get(1).at("/message/text").asText()).isEqualTo("no such file");
        assertThat(notes.get(1).at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("gone.md");
    }

    @Test
    void outputValidatesAgainstTheSarifSchema() throws Exception {
        FileResult undated = new FileResult("/elsewhere/b c.md", null, Fixtures.TODAY,
                List.of(Drafts.datedTwice(ARTICLE)), List.of());
        CheckRun run = new CheckRun("0.1.0", List.of(Drafts.article("drafts/a.md", ARTICLE), undated),
                List.of(new FileError("gone.md", "no such file")));

        SarifSchema.assertValid(new SarifReport(RULES, BASE).render(run, SourceTexts.of(Map.of("drafts/a.md", ARTICLE))));
    }

    @Test
    void theSchemaCheckRejectsWhatIsNotSarif() {
        assumeTrue(Files.isRegularFile(SarifSchema.FILE), "SARIF schema not found; skipping");

        assertThatThrownBy(() -> SarifSchema.assertValid("{\"version\": \"2.0\", \"runs\": [{}]}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("version");
    }

    private static List<String> fingerprints(JsonNode root) {
        List<String> prints = new ArrayList<>();
        for (JsonNode result : root.at("/runs/0/results")) {
            prints.add(result.at("/partialFingerprints").get(SarifReport.FINGERPRINT_KEY).asText());
        }
        return prints;
    }
}
