package org.factlint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factlint.report.ReportedFinding;
import org.factlint.report.Severity;
import org.factlint.report.SourceSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
    @TempDir
    Path dir;

    private static ReportedFinding finding(String rule, String text, int line) {
        return new ReportedFinding(rule, Severity.WARNING, "m", new SourceSpan(10 * line, 10 * line + text.length(), line, 3, text),
                List.of(), null, null);
    }

    @Test
    void writeThenReadMatchesRegardlessOfLineNumbers() throws Exception {
        Path file = dir.resolve("ci/baseline.json");
        Baseline baseline = Baseline.create(file);
        String draft = dir.resolve("drafts/a.md").toString();
        baseline.add(baseline.keyOf(draft, finding("event-dated-twice", "2019", 10), "since the 2019 invasion."));
        baseline.add(baseline.keyOf(draft, finding("event-dated-twice", "2019", 12), "since the 2019 invasion."));
        baseline.write();

        JsonNode json = new ObjectMapper().readTree(Files.readString(file));
        assertThat(json.get("version").asInt()).isEqualTo(1);
        assertThat(json.get("findings")).hasSize(1);
        JsonNode entry = json.at("/findings/0");
        assertThat(entry.get("ruleId").asText()).isEqualTo("event-dated-twice");
        assertThat(entry.get("path").asText()).isEqualTo("../drafts/a.md");
        assertThat(entry.get("fingerprint").asText()).hasSize(64);
        assertThat(entry.get("count").asInt()).isEqualTo(2);

        Baseline read = Baseline.read(file);
        Baseline.Matcher matcher = read.matcher();
        // Moved down by 30 lines, whitespace changed: still the same finding, twice; a third is new.
        assertThat(matcher.absorb(read.keyOf(draft, finding("event-dated-twice", "2019", 40), "since  the 2019\tinvasion. "))).isTrue();
        assertThat(matcher.absorb(read.keyOf(draft, finding("event-dated-twice", "2019", 41), "since the 2019 invasion."))).isTrue();
        assertThat(matcher.absorb(read.keyOf(draft, finding("event-dated-twice", "2019", 42), "since the 2019 invasion."))).isFalse();
        Baseline.Matcher fresh = read.matcher();
        assertThat(fresh.absorb(read.keyOf(draft, finding("event-dated-twice", "2019", 10), "since the 2018 invasion."))).isFalse();
        assertThat(fresh.absorb(read.keyOf(draft, finding("currency-conversion", "2019", 10), "since the 2019 invasion."))).isFalse();
        assertThat(fresh.absorb(read.keyOf(dir.resolve("drafts/b.md").toString(), finding("event-dated-twice", "2019", 10),
                "since the 2019 invasion."))).isFalse();
    }

    @Test
    void missingOrMalformedBaselineIsAnError() throws Exception {
        assertThatThrownBy(() -> Baseline.read(dir.resolve("none.json")))
                .hasMessage("--baseline " + dir.resolve("none.json") + ": no such file (create it with --write-baseline)");
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"findings\": 3}");
        assertThatThrownBy(() -> Baseline.read(bad)).hasMessageContaining("not a factlint baseline");
        Path notJson = Files.writeString(dir.resolve("x.json"), "{oops");
        assertThatThrownBy(() -> Baseline.read(notJson)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("--baseline " + notJson + ": not a factlint baseline");
    }
}
