package org.factlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.factlint.report.SarifSchema;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.w3c.dom.Element;

/** {@code factlint check --format sarif|github|junit|html} on the seed article, through the CLI. */
@Execution(ExecutionMode.SAME_THREAD)
class FormatsTest {
    private static final String SEED = "seeds/putin-minerals-offer.md";

    @Test
    void sarifOfTheSeedThroughMainRun() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            exit = Main.run("check", "--format", "sarif", SEED);
        } finally {
            System.setOut(original);
        }
        String sarif = captured.toString(StandardCharsets.UTF_8);

        assertThat(exit).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(sarif);
        JsonNode driver = root.at("/runs/0/tool/driver");
        assertThat(driver.get("rules").findValuesAsText("id")).contains("event-dated-twice", "currency-conversion");
        JsonNode result = root.at("/runs/0/results/0");
        assertThat(result.get("ruleId").asText()).isEqualTo("event-dated-twice");
        assertThat(driver.at("/rules/" + result.get("ruleIndex").asInt() + "/id").asText()).isEqualTo("event-dated-twice");
        assertThat(driver.at("/rules/" + result.get("ruleIndex").asInt() + "/fullDescription/text").asText())
                .startsWith("A story names an event twice");
        JsonNode location = result.at("/locations/0/physicalLocation");
        assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo(SEED);
        assertThat(location.at("/region/startLine").asInt()).isEqualTo(10);
        assertThat(location.at("/region/startColumn").asInt()).isEqualTo(346);
        assertThat(location.at("/region/endColumn").asInt()).isEqualTo(350);
        assertThat(result.at("/relatedLocations/0/physicalLocation/region/startLine").asInt()).isEqualTo(6);
        SarifSchema.assertValid(sarif);
    }

    @Test
    void sarifFingerprintsSurviveALineInsertedAboveTheFinding(@TempDir Path dir) throws Exception {
        Path before = Cli.seedWith(dir, "before.md", "In a surprising move", "In a surprising move");
        Path after = Cli.seedWith(dir, "after.md", "---\nIn a surprising move", "---\nAn editor's note, added later.\n\nIn a surprising move");

        JsonNode first = Cli.run("check", "--format", "sarif", before.toString()).json();
        JsonNode again = Cli.run("check", "--format", "sarif", before.toString()).json();
        JsonNode edited = Cli.run("check", "--format", "sarif", after.toString()).json();

        assertThat(edited.at("/runs/0/results/0/locations/0/physicalLocation/region/startLine").asInt())
                .isEqualTo(first.at("/runs/0/results/0/locations/0/physicalLocation/region/startLine").asInt() + 2);
        assertThat(again.at("/runs/0/results").findValues("partialFingerprints"))
                .isEqualTo(first.at("/runs/0/results").findValues("partialFingerprints"));
        assertThat(edited.at("/runs/0/results").findValues("partialFingerprints"))
                .isEqualTo(first.at("/runs/0/results").findValues("partialFingerprints"));
    }

    @Test
    void githubAnnotationsOfTheSeed() {
        Cli.Run run = Cli.run("check", "--format", "github", SEED).withoutStackTrace();

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out().split("\n")[0]).startsWith(
                "::warning file=seeds/putin-minerals-offer.md,line=10,col=346,endLine=10,endColumn=350,"
                        + "title=factlint event-dated-twice::The invasion is dated 2019 here");
    }

    @Test
    void unreadableFileInGithubFormatKeepsExitCodeTwo() {
        Cli.Run run = Cli.run("check", "--format", "github", SEED, "seeds/no-such-file.md");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("::error file=seeds/no-such-file.md::");
    }

    @Test
    void junitOfTheSeed() throws Exception {
        Cli.Run run = Cli.run("check", "--format", "junit", SEED).withoutStackTrace();

        assertThat(run.exit()).isEqualTo(1);
        Element suites = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        assertThat(suites.getAttribute("failures")).isEqualTo("1");
        Element failure = (Element) suites.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("event-dated-twice");
    }

    @Test
    void htmlOfTheSeed() {
        Cli.Run run = Cli.run("check", "--format", "html", SEED).withoutStackTrace();

        assertThat(run.exit()).isEqualTo(1);
        Document page = Jsoup.parse(run.out());
        assertThat(page.getElementById("f1").text()).isEqualTo("2019");
        assertThat(page.getElementById("f1-related").text()).isEqualTo("three years ago");
        assertThat(page.select("div.source span.claim")).isNotEmpty();
    }

    @Test
    void cleanDraftExitsZeroInEveryFormat(@TempDir Path dir) throws Exception {
        Path clean = Cli.seedWith(dir, "clean.md", "since the 2019 invasion", "since the 2022 invasion");
        for (String format : new String[] {"sarif", "github", "junit", "html"}) {
            assertThat(Cli.run("check", "--format", format, clean.toString()).exit()).as(format).isZero();
        }
    }
}
