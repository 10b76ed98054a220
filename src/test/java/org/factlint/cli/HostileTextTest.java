package org.factlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.factlint.cli.Cli.Run;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Text found by fuzzing the whole check: odd figures that once threw out of the extractor, and run-on
 * text without full stops that once made linking and reference matching quadratic in the sentence.
 */
@Execution(ExecutionMode.SAME_THREAD)
class HostileTextTest {
    @TempDir
    Path dir;

    @Test
    void oddFiguresAreCheckedNotCrashedOn() throws IOException {
        Path draft = Cli.write(dir.resolve("odd.md"), """
                ---
                date: 2025-02-25
                ---
                The rate fell .5-1 point. Scores: 2½-1½ in round 3. It cost MSEK 1e400, or 9e307 thousand ton 1ounce.

                The value was 10^400 here. It rained e yesterday.Dec 1.
                """);
        Run run = Cli.run("check", "--format", "json", draft.toString()).withoutStackTrace();
        assertThat(run.exit()).isIn(0, 1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).doesNotContain("Infinity");
    }

    @Test
    void aRunOnListOfYearsIsCheckedInLinearTime() throws IOException {
        // 500 KB in one "sentence": quadratic linking took minutes here; linear work takes seconds
        String body = "born in 1980, in 2024, Q3 2024 for three years, the 25th anniversary of it in 1999 "
                .repeat(6_000);
        Path draft = Cli.write(dir.resolve("run-on.md"), "---\ndate: 2025-02-25\n---\n" + body + "\n");
        Run run = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> Cli.run("check", "--format", "json", draft.toString()).withoutStackTrace());
        assertThat(run.exit()).isIn(0, 1);
        assertThat(run.err()).isEmpty();
    }
}
