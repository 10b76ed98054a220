package org.factlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.factlint.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Texts that are consistent (or too ambiguous to flag) must stay silent: exit 0, no warning or error. */
@Execution(ExecutionMode.SAME_THREAD)
class SilenceTest {
    @TempDir
    Path dir;

    private static void assertSilent(Path draft) {
        Run run = Cli.run("check", draft.toString()).withoutStackTrace();
        assertThat(run.warningsAndErrors()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
    }

    private Path draft(String name, String body) throws IOException {
        return Cli.write(dir.resolve(name), "---\ndate: 2025-02-25\n---\n" + body + "\n");
    }

    @Test
    void seedWithTheRightYear() throws IOException {
        assertSilent(Cli.seedWith(dir, "fixed.md", "the 2019 invasion", "the 2022 invasion"));
    }

    @Test
    void twoDifferentWars() throws IOException {
        assertSilent(draft("wars.md", "Russia has fought before: its 2008 war with Georgia was short. "
                + "The war in Ukraine, now in its fourth year, is not."));
    }

    /** Silent, but note: here "Russia's" on one mention only already makes the match too ambiguous to flag. */
    @Test
    void possessiveAndYearWithinTolerance() throws IOException {
        assertSilent(draft("possessive.md", "Russia's invasion three years ago changed Europe. "
                + "Some deposits have been under Russian control since the 2021 invasion."));
    }

    private static final String SAME_EVENT = "Russia occupied eastern Ukraine following its full-scale invasion "
            + "three years ago. Some deposits have fallen under Russian control since the %s invasion.";

    /** "three years ago" on 2025-02-25 is 2.5 to 3.5 years back (2021-08 to 2022-08): 2021 and 2022 overlap it. */
    @ParameterizedTest
    @ValueSource(strings = {"2021", "2022"})
    void yearWithinTheRoundingOfThreeYearsAgo(String year) throws IOException {
        assertSilent(draft("ok-" + year + ".md", SAME_EVENT.formatted(year)));
    }

    /** The control for the test above: the same sentences do fire once the year is out of reach. */
    @ParameterizedTest
    @ValueSource(strings = {"2019", "2020", "2023"})
    void yearOutsideTheRoundingIsFlagged(String year) throws IOException {
        Path draft = draft("off-" + year + ".md", SAME_EVENT.formatted(year));
        Run run = Cli.run("check", draft.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.warningsAndErrors()).containsExactly(draft + ":4:142: warning [event-dated-twice] "
                + "The invasion is dated " + year + " here, but \"full-scale invasion three years ago\" puts it in 2022");
    }
}
