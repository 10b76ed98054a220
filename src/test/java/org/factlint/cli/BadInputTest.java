package org.factlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factlint.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** Bad input: exit 2 and one line on stderr naming the file and the cause, never a stack trace. */
@Execution(ExecutionMode.SAME_THREAD)
class BadInputTest {
    @TempDir
    Path dir;

    private Path good() throws IOException {
        return Cli.write(dir.resolve("good.md"), "---\ndate: 2025-02-25\n---\nNothing to see here.\n");
    }

    /** Runs check on one bad file and returns its single stderr line. */
    private static String oneErrorLine(String... args) {
        Run run = Cli.run(args).withoutStackTrace();
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        return run.errLines().get(0);
    }

    @Test
    void missingFile() {
        Path missing = dir.resolve("missing.md");
        assertThat(oneErrorLine("check", missing.toString())).startsWith(missing + ": error: ").endsWith("no such file");
    }

    @Test
    void missingRatesFileIsOneUsageErrorNotAnUnreadableDraft() {
        Path missing = dir.resolve("nope.csv");
        Run run = Cli.run("check", "--rates", missing.toString(), "seeds/putin-minerals-offer.md").withoutStackTrace();
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("factlint: --rates " + missing + ": no such file");
        assertThat(run.out()).doesNotContain("could not be read");
    }

    @Test
    void directoryWithoutDrafts() throws IOException {
        // A folder is walked for drafts (see ConfigCliTest); one without any is an input error.
        Path folder = Files.createDirectory(dir.resolve("folder.md"));
        assertThat(oneErrorLine("check", folder.toString())).startsWith(folder + ": error: ")
                .endsWith("a folder with no files to check (include: **/*.md, **/*.markdown, **/*.html, **/*.htm, **/*.txt)");
    }

    @Test
    void emptyFile() throws IOException {
        Path empty = Cli.write(dir.resolve("empty.md"), "");
        assertThat(oneErrorLine("check", empty.toString())).startsWith(empty + ": error: ").endsWith("empty file");
    }

    @Test
    void binaryFile() throws IOException {
        Path binary = Cli.write(dir.resolve("bad.bin"), new byte[] {'a', 'b', 'c', 0, 0, 'd', '\n'});
        assertThat(oneErrorLine("check", binary.toString())).startsWith(binary + ": error: ")
                .endsWith("binary file (NUL byte at offset 3)");
    }

    @Test
    void invalidUtf8() throws IOException {
        Path latin1 = Cli.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'a', '\n'});
        assertThat(oneErrorLine("check", latin1.toString())).startsWith(latin1 + ": error: ")
                .endsWith("not valid UTF-8 (byte offset 3)");
    }

    @Test
    void malformedFrontMatterNamesTheLine() throws IOException {
        Path draft = Cli.write(dir.resolve("front.md"), "---\ntitle: \"unterminated\ndate: [2025\n---\nBody.\n");
        assertThat(oneErrorLine("check", draft.toString())).startsWith(draft + ": error: ")
                .containsPattern("front matter line \\d+: ");
    }

    @Test
    void impossibleDate() throws IOException {
        assertThat(oneErrorLine("check", "--date", "2025-13-40", good().toString()))
                .isEqualTo("factlint: --date '2025-13-40' is not a date (expected YYYY-MM-DD)");
    }

    @Test
    void unknownOption() throws IOException {
        Run run = Cli.run("check", "--bogus", good().toString()).withoutStackTrace();
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("factlint: Unknown option: '--bogus' (see --help)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void brokenRuleFile() throws IOException {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        Path drl = Cli.write(rules.resolve("broken.drl"), """
                package factlint.rules
                import org.factlint.facts.TimeFact;
                rule "broken"
                    @id("broken") @severity("warning") @summary("Never compiles")
                when
                    $a : TimeFact(isDated(
                then
                end
                """);
        assertThat(oneErrorLine("check", "--rules", rules.toString(), good().toString()))
                .startsWith("factlint: " + drl + " line 7: ");
    }

    /**
     * RuleSet writes the compiled package to the user cache before it checks the metadata, keyed by the
     * DRL's absolute path: a fixed folder under target/ keeps this test from adding a cache file per run.
     */
    @Test
    void ruleWithoutId() throws IOException {
        Path rules = Files.createDirectories(Path.of("target", "cli-tests", "rules-without-id"));
        Path drl = Cli.write(rules.resolve("noid.drl"), """
                package factlint.rules
                import org.factlint.facts.TimeFact;
                rule "no id"
                    @severity("warning") @summary("Has no id")
                when
                    $a : TimeFact()
                then
                end
                """);
        assertThat(oneErrorLine("check", "--rules", rules.toString(), good().toString()))
                .isEqualTo("factlint: " + drl + " rule \"no id\": missing @id, @severity or @summary metadata");
    }

    @Test
    void batchReportsTheGoodFilesAndNamesEachBadOne() throws IOException {
        Path good = good();
        Path missing = dir.resolve("missing.md");
        Path binary = Cli.write(dir.resolve("bad.bin"), new byte[] {'x', 0, 'y'});

        Run run = Cli.run("check", good.toString(), missing.toString(), binary.toString(), Cli.SEED_MD.toString())
                .withoutStackTrace();

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).startsWith(missing + ": error: ").endsWith("no such file");
        assertThat(run.errLines().get(1)).startsWith(binary + ": error: ").contains("binary file");
        assertThat(run.warningsAndErrors()).singleElement().asString()
                .startsWith("seeds/putin-minerals-offer.md:10:346: warning [event-dated-twice] ");
        assertThat(run.out()).contains("2 files checked: 1 warning, 1 info, 2 files could not be read");
    }

    @Test
    void batchInJson() throws IOException {
        Path good = good();
        Path missing = dir.resolve("missing.md");

        Run run = Cli.run("check", "--format", "json", good.toString(), missing.toString(), Cli.SEED_MD.toString())
                .withoutStackTrace();

        assertThat(run.exit()).isEqualTo(2);
        JsonNode report = run.json();
        assertThat(report.get("files")).extracting(f -> f.get("path").asText())
                .containsExactly(good.toString(), Cli.SEED_MD.toString());
        assertThat(report.at("/files/0/findings")).isEmpty();
        assertThat(report.get("errors")).singleElement().satisfies(e -> {
            assertThat(e.get("path").asText()).isEqualTo(missing.toString());
            assertThat(e.get("message").asText()).endsWith("no such file");
        });
        assertThat(report.at("/summary/files").asInt()).isEqualTo(2);
        assertThat(report.at("/summary/unreadable").asInt()).isEqualTo(1);
    }

    @Test
    void claimsOnAMissingFile() throws IOException {
        Path missing = dir.resolve("missing.md");
        Run run = Cli.run("claims", missing.toString(), good().toString()).withoutStackTrace();
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith(missing.toString()).endsWith("no such file");
        assertThat(run.out()).contains("good.md: published 2025-02-25");
    }
}
