package org.factlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factlint.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@Execution(ExecutionMode.SAME_THREAD)
class InitCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesAConfigAndPrintsCiSetups() throws IOException {
        Run run = Cli.run("init", "--dir", dir.toString()).withoutStackTrace();
        assertThat(run.exit()).isZero();
        Path config = dir.resolve(".factlint.yml");
        assertThat(config).exists();
        assertThat(Files.readString(config)).contains("fail-on: warning", "# currency: USD", "# date-order: en-GB",
                "# rules-dirs:", "# facts-dirs:", "# include:", "# exclude:");
        assertThat(run.out()).startsWith("Wrote " + config + ".")
                .contains("uses: actions/checkout@v4", "uses: actions/setup-java@v4", "distribution: temurin",
                        "java-version: '17'", "cache: maven",
                        "run: ./factlint check --format sarif drafts/ > factlint.sarif || true",
                        "uses: github/codeql-action/upload-sarif@v3", "run: ./factlint check drafts/")
                .contains("repo: local", "language: system", "entry: ./factlint check", "files: \\.(md|html)$")
                .contains("GitLab CI:", "image: maven:3.9-eclipse-temurin-17");

        // The written file is a working configuration.
        Path draft = Cli.write(dir.resolve("draft.md"), ConfigCliTest.DRAFT);
        assertThat(Cli.run("check", draft.toString()).exit()).isEqualTo(1);
    }

    @Test
    void readmeShowsTheSameCiSetups() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (String template : new String[] {org.factlint.config.InitTemplates.GITHUB_ACTIONS,
                org.factlint.config.InitTemplates.PRE_COMMIT, org.factlint.config.InitTemplates.GITLAB_CI}) {
            String body = template.substring(template.indexOf('\n') + 1); // without the "# file name" line
            assertThat(readme).contains(body);
        }
    }

    @Test
    void refusesToOverwriteWithoutForce() throws IOException {
        Path config = Cli.write(dir.resolve(".factlint.yml"), "fail-on: error\n");
        Run refused = Cli.run("init", "--dir", dir.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.errLines()).containsExactly("factlint: " + config + " exists; use --force to overwrite it");
        assertThat(Files.readString(config)).isEqualTo("fail-on: error\n");
        assertThat(Cli.run("init", "--force", "--dir", dir.toString()).exit()).isZero();
        assertThat(Files.readString(config)).contains("fail-on: warning");
    }
}
