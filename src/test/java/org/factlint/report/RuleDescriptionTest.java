package org.factlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.factlint.engine.RuleInfo;
import org.junit.jupiter.api.Test;

class RuleDescriptionTest {
    private static RuleInfo currency(Path file) {
        return new RuleInfo("currency-conversion", Severity.ERROR, "A conversion disagrees", "rule", file);
    }

    @Test
    void fullDescriptionIsTheFirstParagraphWithTheListItIntroduces() {
        RuleDescription rule = RuleDescription.of(currency(Path.of("rules/currency-conversion.drl")), List.of());

        assertThat(rule.fullDescription()).startsWith("A figure restated in another currency")
                .contains("Beyond that rounding:\n- within 3% of the ECB rate")
                .endsWith("the figure the ECB rate gives as the suggestion.")
                .doesNotContain("With no rate for the date");
        assertThat(rule.help()).contains("With no rate for the date").doesNotContain("`")
                .endsWith("\n\nfactlint rules explain currency-conversion");
        assertThat(rule.helpMarkdown()).contains("`--rates FILE`").doesNotContain("```")
                .endsWith("`factlint rules explain currency-conversion`");
    }

    @Test
    void docFoldersAreSearchedWhenTheRuleDoesNotKnowItsFile() {
        // Rules loaded from the compiled-rules cache report their file as "?".
        RuleDescription found = RuleDescription.of(currency(Path.of("?")), List.of(Path.of("no-such-folder"), Path.of("rules")));
        RuleDescription missing = RuleDescription.of(currency(Path.of("?")), List.of());

        assertThat(found.fullDescription()).startsWith("A figure restated");
        assertThat(missing.fullDescription()).isEqualTo("A conversion disagrees");
        assertThat(missing.help()).isEqualTo("A conversion disagrees\n\nfactlint rules explain currency-conversion");
    }
}
