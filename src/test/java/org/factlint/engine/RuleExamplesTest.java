package org.factlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.factlint.RuleExampleRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every example of every rule doc in rules/: flagged spans exactly, silence where promised. */
class RuleExamplesTest {
    private static RuleExampleRunner runner;

    @BeforeAll
    static void load() throws Exception {
        runner = new RuleExampleRunner(List.of(Path.of("rules")));
    }

    static List<RuleDoc.Example> examples() throws Exception {
        if (runner == null) load();
        return runner.examples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleBehavesAsDocumented(RuleDoc.Example example) {
        RuleExampleRunner.Outcome outcome = runner.run(example);
        assertThat(outcome.passed()).as("%s: %s%n  in: %s", example, outcome.detail(), example.text()).isTrue();
    }

    @Test
    void everyRuleHasADocWithExamplesBothWays() throws IOException {
        assertThat(runner.undocumented()).isEmpty();
    }

    @Test
    void aWrongExpectationFails() throws IOException {
        RuleDoc.Example flagged = runner.examples().stream().filter(RuleDoc.Example::flags).findFirst().orElseThrow();
        RuleDoc.Example claimedSilent = new RuleDoc.Example(flagged.ruleId(), 0, false, flagged.text(), List.of(),
                flagged.date(), null, flagged.eurRates());
        assertThat(runner.run(claimedSilent).passed()).isFalse();
    }
}
