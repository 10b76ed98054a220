package org.factlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factlint.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** .factlint.yml, inline suppressions, baselines and batches through {@code factlint check}. */
@Execution(ExecutionMode.SAME_THREAD)
class ConfigCliTest {
    /** A draft with one event-dated-twice warning on line 6 ("2019"). */
    static final String DRAFT = """
            ---
            date: 2025-02-25
            ---
            Kyiv has resisted since the full-scale invasion three years ago.

            Some deposits have fallen under Russian control since the 2019 invasion.
            """;

    static final String HTML = """
            <html><head><meta property="article:published_time" content="2025-02-25"></head><body>
            <p>Kyiv has resisted since the full-scale invasion three years ago.</p>
            %s
            <p>Some deposits have fallen under Russian control since the 2019 invasion.</p>
            </body></html>
            """;

    @TempDir
    Path dir;

    private Path draft(String relative, String text) throws IOException {
        return Cli.write(dir.resolve(relative), text);
    }

    private Path config(String yaml) throws IOException {
        return Cli.write(dir.resolve(".factlint.yml"), yaml);
    }

    private static List<String> rules(JsonNode report) {
        List<String> out = new ArrayList<>();
        for (JsonNode file : report.get("files")) {
            for (JsonNode f : file.get("findings")) {
                out.add(f.get("ruleId").asText() + " " + f.get("severity").asText() + " " + f.at("/location/line").asInt());
            }
        }
        return out;
    }

    @Test
    void configFoundInAParentFolderChangesSeverityAndFailOn() throws IOException {
        Path file = draft("news/2025/draft.md", DRAFT);
        Run plain = Cli.run("check", "--format", "json", file.toString()).withoutStackTrace();
        assertThat(rules(plain.json())).containsExactly("event-dated-twice warning 6");
        assertThat(plain.exit()).isEqualTo(1);

        config("rules:\n  event-dated-twice: error\nfail-on: error\n");
        Run raised = Cli.run("check", file.toString()).withoutStackTrace();
        assertThat(raised.out()).contains(file + ":6:59: error [event-dated-twice]");
        assertThat(raised.exit()).isEqualTo(1);

        config("rules:\n  event-dated-twice: info\nfail-on: warning\n");
        Run lowered = Cli.run("check", "--format", "json", file.toString());
        assertThat(rules(lowered.json())).containsExactly("event-dated-twice info 6");
        assertThat(lowered.exit()).isZero();
        // The command line overrides the configuration.
        assertThat(Cli.run("check", "--fail-on", "info", file.toString()).exit()).isEqualTo(1);
        assertThat(Cli.run("check", "--no-config", "--fail-on", "error", file.toString()).exit()).isZero();
        assertThat(rules(Cli.run("check", "--no-config", "--format", "json", file.toString()).json()))
                .containsExactly("event-dated-twice warning 6");
    }

    @Test
    void failOnFromConfigAndRuleOff() throws IOException {
        Path file = draft("draft.md", DRAFT);
        config("fail-on: error\n");
        assertThat(Cli.run("check", file.toString()).exit()).isZero();
        config("rules:\n  event-dated-twice: off\n");
        Run off = Cli.run("check", "--format", "json", file.toString());
        assertThat(rules(off.json())).isEmpty();
        assertThat(off.exit()).isZero();
    }

    @Test
    void explicitConfigFile() throws IOException {
        Path file = draft("draft.md", DRAFT);
        Path other = Cli.write(dir.resolve("ci/strict.yml"), "rules:\n  event-dated-twice: error\n");
        config("rules:\n  event-dated-twice: off\n");
        assertThat(rules(Cli.run("check", "--config", other.toString(), "--format", "json", file.toString()).json()))
                .containsExactly("event-dated-twice error 6");
        Run missing = Cli.run("check", "--config", dir.resolve("nope.yml").toString(), file.toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err().trim()).isEqualTo(dir.resolve("nope.yml") + ": no such file");
    }

    @Test
    void unknownKeyIsOneLineWithItsLineAndExitTwo() throws IOException {
        Path file = draft("draft.md", DRAFT);
        Path config = config("# settings\nrules:\n  event-dated-twice: error\nfial-on: info\n");
        Run run = Cli.run("check", file.toString()).withoutStackTrace();
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(config + " line 4: unknown key 'fial-on' (did you mean 'fail-on'?) "
                + "(known: rules, fail-on, currency, date-order, rules-dirs, facts-dirs, include, exclude)");
    }

    @Test
    void unknownRuleIdInConfigIsAnError() throws IOException {
        Path file = draft("draft.md", DRAFT);
        Path config = config("rules:\n  event-dated-twice: error\n  evnt-dated-twice: off\n");
        Run run = Cli.run("check", file.toString()).withoutStackTrace();
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith(config + " line 3: unknown rule id 'evnt-dated-twice' in 'rules' (known: ")
                .contains("event-dated-twice, ", "unused-suppression");
        Run rules = Cli.run("rules");
        assertThat(rules.exit()).isZero(); // rules looks from the current folder, not from dir
    }

    @Test
    void currencyAndDateOrderFromConfigAndOptions() throws IOException {
        Path file = draft("deal.md", "---\ndate: 2025-02-25\n---\nThe deal, signed on 3/4/2024, was worth $500 million.\n");
        config("currency: AUD\ndate-order: en-US\n");
        JsonNode claims = Cli.run("claims", "--format", "json", file.toString()).json().get("claims");
        assertThat(claims.get(0).get("value").asText()).isEqualTo("2024-03-04");
        assertThat(claims.get(1).get("unit").asText()).isEqualTo("AUD");
        JsonNode overridden = Cli.run("claims", "--format", "json", "--currency", "CAD", "--date-order", "en-GB", file.toString())
                .json().get("claims");
        assertThat(overridden.get(0).get("value").asText()).isEqualTo("2024-04-03");
        assertThat(overridden.get(1).get("unit").asText()).isEqualTo("CAD");
        Run bad = Cli.run("claims", "--currency", "dollars", file.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--currency 'dollars': not an ISO 4217 code");
    }

    @Test
    void rulesDirsFromConfigAddRules() throws IOException {
        Path file = draft("draft.md", DRAFT);
        Files.createDirectories(dir.resolve("house-rules"));
        config("rules-dirs: [house-rules]\n");
        assertThat(Cli.run("check", file.toString()).exit()).isEqualTo(1);
        config("rules-dirs: [no-such-folder]\n");
        Run run = Cli.run("check", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("line 1: 'rules-dirs': no such folder 'no-such-folder'");
    }

    @Test
    void suppressionInMarkdown() throws IOException {
        Path file = draft("draft.md", DRAFT.replace("Some deposits",
                "<!-- factlint-disable-next-line event-dated-twice -->\nSome deposits"));
        Run run = Cli.run("check", "--format", "json", file.toString()).withoutStackTrace();
        assertThat(rules(run.json())).isEmpty();
        assertThat(run.exit()).isZero();

        Path range = draft("range.md", DRAFT.replace("Some deposits", "<!-- factlint-disable -->\n\nSome deposits")
                + "\n<!-- factlint-enable -->\n");
        assertThat(rules(Cli.run("check", "--format", "json", range.toString()).json())).isEmpty();
    }

    @Test
    void suppressionInHtml() throws IOException {
        Path file = draft("draft.html", HTML.formatted("<!-- factlint-disable-next-line event-dated-twice -->"));
        Run run = Cli.run("check", "--format", "json", file.toString()).withoutStackTrace();
        assertThat(rules(run.json())).isEmpty();
        Path unsuppressed = draft("plain.html", HTML.formatted(""));
        assertThat(rules(Cli.run("check", "--format", "json", unsuppressed.toString()).json()))
                .containsExactly("event-dated-twice warning 4");
    }

    @Test
    void unusedAndUnknownSuppressionsAreReported() throws IOException {
        Path file = draft("draft.md", DRAFT.replace("Kyiv has",
                "<!-- factlint-disable-next-line currency-conversion -->\nKyiv has").replace("Some deposits",
                "<!-- factlint-disable-next-line event-dated-twice, evnt-dated-twice -->\nSome deposits"));
        Run run = Cli.run("check", file.toString()).withoutStackTrace();
        assertThat(run.out()).contains(file + ":4:1: info [unused-suppression] This suppression of 'currency-conversion' "
                + "suppresses nothing; remove it");
        assertThat(run.out()).contains(file + ":7:1: warning [unknown-rule-in-suppression] Unknown rule id 'evnt-dated-twice'");
        assertThat(run.out()).doesNotContain("[event-dated-twice]");
        assertThat(run.exit()).isEqualTo(1);
        // Both are rules for the configuration.
        config("rules:\n  unknown-rule-in-suppression: off\n  unused-suppression: off\n");
        Run quiet = Cli.run("check", file.toString());
        assertThat(quiet.out()).isEqualTo("1 file checked: no findings\n");
        assertThat(quiet.exit()).isZero();
    }

    @Test
    void suppressionOnStdin() {
        Run run = Cli.runWithStdin(DRAFT.replace("Some deposits", "<!-- factlint-disable-next-line -->\nSome deposits"),
                "check", "--no-config", "--stdin-name", "draft.md", "-");
        assertThat(run.out()).isEqualTo("1 file checked: no findings\n");
    }

    @Test
    void baselineWriteThenCheckSurvivesInsertedLines() throws IOException {
        Path file = draft("drafts/draft.md", DRAFT);
        Path baseline = dir.resolve("factlint-baseline.json");
        Run write = Cli.run("check", "--baseline", baseline.toString(), "--write-baseline", dir.resolve("drafts").toString());
        assertThat(write.exit()).isZero();
        assertThat(write.out()).isEmpty();
        assertThat(write.errLines()).containsExactly("factlint: wrote 1 finding of 1 file to " + baseline);
        JsonNode recorded = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Files.readString(baseline));
        assertThat(recorded.at("/findings/0/path").asText()).isEqualTo("drafts/draft.md");
        assertThat(recorded.at("/findings/0/ruleId").asText()).isEqualTo("event-dated-twice");

        Run same = Cli.run("check", "--baseline", baseline.toString(), file.toString());
        assertThat(same.out()).isEqualTo("1 file checked: no findings, 1 baselined\n");
        assertThat(same.exit()).isZero();

        // Paragraphs added above move the finding down; it is still the baselined one.
        Cli.write(file, DRAFT.replace("Kyiv has", "A new first paragraph.\n\nAnother one.\n\nKyiv has"));
        Run moved = Cli.run("check", "--baseline", baseline.toString(), "--format", "json", file.toString());
        assertThat(rules(moved.json())).isEmpty();
        assertThat(moved.exit()).isZero();

        // A new contradiction is reported (and fails); the baselined one is not.
        Cli.write(file, DRAFT + "\nThe mines were seized after the 2020 invasion.\n");
        Run fresh = Cli.run("check", "--baseline", baseline.toString(), file.toString());
        assertThat(fresh.warningsAndErrors()).singleElement().asString().contains("2020");
        assertThat(fresh.out()).endsWith(", 1 baselined\n");
        assertThat(fresh.exit()).isEqualTo(1);
    }

    @Test
    void baselineUsageErrors() throws IOException {
        Path file = draft("draft.md", DRAFT);
        Run noFile = Cli.run("check", "--write-baseline", file.toString());
        assertThat(noFile.exit()).isEqualTo(2);
        assertThat(noFile.err()).contains("--write-baseline needs --baseline FILE");
        Run missing = Cli.run("check", "--baseline", dir.resolve("none.json").toString(), file.toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.errLines()).containsExactly(
                "--baseline " + dir.resolve("none.json") + ": no such file (create it with --write-baseline)");
    }

    @Test
    void batchOfFoldersAndGlobsWithAnUnreadableFile() throws IOException {
        draft("drafts/a.md", DRAFT);
        draft("drafts/b.md", DRAFT.replace("2019", "2022"));
        Cli.write(dir.resolve("drafts/broken.md"), new byte[] {'a', 0, 'b'});
        draft("drafts/notes.docx", "ignored");
        draft("drafts/archive/old.md", DRAFT);
        draft("more/c.html", HTML.formatted(""));
        config("exclude: ['**/archive/**']\n");
        Run run = Cli.run("check", "--format", "json", "--jobs", "3", dir.resolve("drafts").toString(),
                dir.resolve("more") + "/*.htm*", dir.resolve("none") + "/*.md").withoutStackTrace();
        assertThat(run.exit()).isEqualTo(2);
        List<String> paths = new ArrayList<>();
        run.json().get("files").forEach(f -> paths.add(dir.relativize(Path.of(f.get("path").asText())).toString()));
        assertThat(paths).containsExactly("drafts/a.md", "drafts/b.md", "more/c.html");
        assertThat(run.errLines()).containsExactly(
                dir.resolve("none") + "/*.md: error: no files match this pattern",
                dir.resolve("drafts/broken.md") + ": error: binary file (NUL byte at offset 1)");
        assertThat(run.json().at("/summary/unreadable").asInt()).isEqualTo(2);
        assertThat(run.json().at("/summary/warnings").asInt()).isEqualTo(2);
    }

    @Test
    void noProgressBarWithoutATerminal() {
        assertThat(Progress.forBatch(1000)).isNull();
    }
}
