package org.factlint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.factlint.report.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every key of .factlint.yml, valid and invalid (with the line), and discovery. */
class ConfigLoaderTest {
    @TempDir
    Path dir;

    private FactlintConfig parse(String yaml) throws ConfigException {
        return ConfigLoader.parse(dir.resolve(".factlint.yml"), yaml);
    }

    private void assertError(String yaml, String message) {
        assertThatThrownBy(() -> parse(yaml)).isInstanceOf(ConfigException.class)
                .hasMessage(dir.resolve(".factlint.yml") + " " + message);
    }

    @Test
    void emptyFileIsTheDefaults() throws ConfigException {
        FactlintConfig config = parse("# nothing yet\n");
        assertThat(config.failOn()).isNull();
        assertThat(config.currency()).isNull();
        assertThat(config.dayFirst()).isNull();
        assertThat(config.severities()).isEmpty();
        assertThat(config.disabled()).isEmpty();
        assertThat(config.include()).isEmpty();
    }

    @Test
    void rulesTurnOffOrChangeSeverity() throws ConfigException {
        FactlintConfig config = parse("""
                rules:
                  event-dated-twice: error
                  currency-conversion: off
                  unused-suppression: info
                """);
        assertThat(config.severities()).containsEntry("event-dated-twice", Severity.ERROR)
                .containsEntry("unused-suppression", Severity.INFO);
        assertThat(config.disabled()).containsExactly("currency-conversion");
        assertThat(config.ruleLines()).containsEntry("event-dated-twice", 2).containsEntry("currency-conversion", 3);
    }

    @Test
    void badRuleLevelNamesRuleAndLine() {
        assertError("fail-on: error\nrules:\n  event-dated-twice: loud\n",
                "line 3: rule 'event-dated-twice': expected off, error, warning or info, not 'loud'");
        assertError("rules: [event-dated-twice]\n", "line 1: 'rules' must map rule ids to off, error, warning or info");
        assertError("rules:\n  a: off\n  a: info\n", "line 3: rule 'a' configured twice");
    }

    @Test
    void unknownRuleIdIsAnErrorWithItsLine() throws ConfigException {
        FactlintConfig config = parse("fail-on: info\nrules:\n  event-dated-twice: error\n  evnt-dated-twice: off\n");
        assertThatThrownBy(() -> config.checkRuleIds(Set.of("event-dated-twice", "currency-conversion")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(dir.resolve(".factlint.yml") + " line 4: unknown rule id 'evnt-dated-twice' in 'rules'");
    }

    @Test
    void failOn() throws ConfigException {
        assertThat(parse("fail-on: error").failOn()).isEqualTo(Severity.ERROR);
        assertThat(parse("fail-on: INFO").failOn()).isEqualTo(Severity.INFO);
        assertError("\n\nfail-on: never\n", "line 3: 'fail-on' must be error, warning or info, not 'never'");
        assertError("fail-on: [error]\n", "line 1: expected error, warning or info, not a list");
    }

    @Test
    void currency() throws ConfigException {
        assertThat(parse("currency: AUD").currency()).isEqualTo("AUD");
        assertThat(parse("currency: cad").currency()).isEqualTo("CAD");
        assertError("# c\ncurrency: dollars\n", "line 2: 'currency' must be an ISO 4217 code such as USD or AUD, not 'dollars'");
        assertError("currency: XYZ\n", "line 1: 'currency' must be an ISO 4217 code such as USD or AUD, not 'XYZ'");
    }

    @Test
    void dateOrder() throws ConfigException {
        assertThat(parse("date-order: en-GB").dayFirst()).isTrue();
        assertThat(parse("date-order: en-US").dayFirst()).isFalse();
        assertError("date-order: fr-FR\n", "line 1: 'date-order' must be en-GB (day-month) or en-US (month-day), not 'fr-FR'");
    }

    @Test
    void rulesAndFactsDirsAreRelativeToTheConfigFile() throws ConfigException, IOException {
        Files.createDirectories(dir.resolve("newsroom/rules"));
        Files.createDirectories(dir.resolve("facts"));
        FactlintConfig config = parse("rules-dirs: [newsroom/rules]\nfacts-dirs: facts\n");
        assertThat(config.rulesDirs()).containsExactly(dir.resolve("newsroom/rules").toAbsolutePath().normalize());
        assertThat(config.factsDirs()).containsExactly(dir.resolve("facts").toAbsolutePath().normalize());
        assertError("rules-dirs:\n  - newsroom/rules\n  - missing\n",
                "line 3: 'rules-dirs': no such folder 'missing' (relative to " + dir.toAbsolutePath().normalize() + ")");
        assertError("facts-dirs: {a: b}\n", "line 1: 'facts-dirs' must be a folder or a list of them");
    }

    @Test
    void includeAndExclude() throws ConfigException {
        FactlintConfig config = parse("include: ['**/*.md']\nexclude:\n  - archive/**\n  - '**/README.md'\n");
        assertThat(config.include()).containsExactly("**/*.md");
        assertThat(config.exclude()).containsExactly("archive/**", "**/README.md");
        assertThatThrownBy(() -> parse("include: ['**/*.md']\nexclude: ['drafts/[a-']\n"))
                .hasMessageStartingWith(dir.resolve(".factlint.yml") + " line 2: 'exclude': bad glob pattern 'drafts/[a-': ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void unknownKeyNamesKeyAndLineWithASuggestion() {
        assertError("rules:\n  event-dated-twice: error\n\nfial-on: warning\n",
                "line 4: unknown key 'fial-on' (did you mean 'fail-on'?) (known: rules, fail-on, currency, date-order, "
                        + "rules-dirs, facts-dirs, include, exclude)");
        // Tolerances are not configurable yet: the key is rejected rather than silently ignored.
        assertThatThrownBy(() -> parse("tolerance:\n  currency-conversion: {verified: 0.03}\n"))
                .hasMessageContaining("line 1: unknown key 'tolerance'");
        assertError("fail-on: info\nfail-on: error\n", "line 2: duplicate key 'fail-on'");
    }

    @Test
    void malformedYamlNamesTheLine() {
        assertThatThrownBy(() -> parse("fail-on: info\nrules:\n  a: [off\n")).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(dir.resolve(".factlint.yml") + " line 4: malformed YAML:");
        assertError("- fail-on\n", "line 1: expected a mapping of keys (rules:, fail-on:, ...) at the top level");
    }

    @Test
    void missingFile() {
        assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("nope.yml")))
                .hasMessage(dir.resolve("nope.yml") + ": no such file");
    }

    @Test
    void discoveryFindsTheNearestFileUpward() throws IOException {
        Path deep = Files.createDirectories(dir.resolve("a/b/c"));
        Path draft = Files.writeString(deep.resolve("draft.md"), "text");
        assertThat(ConfigLoader.find(draft)).isNull();
        Path top = Files.writeString(dir.resolve(".factlint.yml"), "");
        assertThat(ConfigLoader.find(draft).toAbsolutePath()).isEqualTo(top.toAbsolutePath());
        Path middle = Files.writeString(dir.resolve("a/.factlint.yml"), "");
        assertThat(ConfigLoader.find(draft).toAbsolutePath()).isEqualTo(middle.toAbsolutePath());
        assertThat(ConfigLoader.find(deep).toAbsolutePath()).isEqualTo(middle.toAbsolutePath());
        assertThat(ConfigLoader.find(dir).toAbsolutePath()).isEqualTo(top.toAbsolutePath());
    }

    @Test
    void initTemplateIsAValidConfigThatChangesNothing() throws ConfigException {
        FactlintConfig config = parse(InitTemplates.CONFIG);
        assertThat(config.failOn()).isEqualTo(Severity.WARNING);
        assertThat(config.severities()).isEmpty();
        assertThat(config.disabled()).isEmpty();
        assertThat(config.include()).isEqualTo(List.of());
    }
}
