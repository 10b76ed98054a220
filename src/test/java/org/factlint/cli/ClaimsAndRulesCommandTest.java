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
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** {@code factlint claims} and {@code factlint rules}. */
@Execution(ExecutionMode.SAME_THREAD)
class ClaimsAndRulesCommandTest {
    @Test
    void claimsOfTheSeedInSourceOrder() throws IOException {
        Run run = Cli.run("claims", "seeds/putin-minerals-offer.md", "--format", "json").withoutStackTrace();

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode report = run.json();
        assertThat(report.get("path").asText()).isEqualTo("seeds/putin-minerals-offer.md");
        assertThat(report.get("publicationDate").asText()).isEqualTo("2025-02-25");

        List<String> claims = new ArrayList<>();
        String source = Cli.read(Cli.SEED_MD);
        for (JsonNode claim : report.get("claims")) {
            JsonNode location = claim.get("location");
            assertThat(source.substring(location.get("start").asInt(), location.get("end").asInt()))
                    .isEqualTo(claim.get("text").asText());
            claims.add(String.join(" | ", claim.get("text").asText(), claim.get("type").asText(),
                    claim.get("value").asText(), claim.get("unit").asText(), claim.get("mod").asText()));
        }
        assertThat(claims).containsExactly(
                "three years ago | DATE | 2022 | null | null",
                "now | DATE | PRESENT_REF | null | null",
                "Tuesday | DATE | 2025-02-25 | null | null",
                "5% | PERCENT | 5 | % | APPROX",
                "2019 | DATE | 2019 | null | null",
                "$500 billion | MONEY | 500000000000 | USD | APPROX",
                "£396bn | MONEY | 396000000000 | GBP | null",
                "Monday | DATE | 2025-02-24 | null | null");
        JsonNode money = report.at("/claims/5/value");
        assertThat(money.isNumber()).isTrue();
        assertThat(money.longValue()).isEqualTo(500_000_000_000L);
        assertThat(report.at("/claims/0/anchor").asText()).isEqualTo("full-scale invasion");
        assertThat(report.at("/claims/4/anchor").asText()).isEqualTo("2019 invasion");
        assertThat(report.at("/claims/3/anchor").asText()).isEqualTo("critical raw materials");
    }

    /**
     * A newsroom's own rule on what a figure counts. The folder is fixed under target/: the compiled
     * rules are cached by the DRL's path, so a new temporary folder per run would add a cache file.
     */
    @Test
    void aNewsroomRuleCanMatchWhatAFigureCounts() throws IOException {
        Path rules = Files.createDirectories(Path.of("target", "cli-tests", "newsroom-rules"));
        Cli.write(rules.resolve("share-above-whole.drl"), """
                package newsroom.rules
                import org.factlint.facts.NumberFact;
                import org.factlint.facts.Finding;
                rule "more than all of a group of people"
                    @id("share-above-whole") @severity("warning") @summary("More than 100% of a group of people")
                when
                    $n : NumberFact(type == "PERCENT", value > 100, head in ("voter", "resident", "people"))
                then
                    insert(Finding.at(drools, $n).message("More than all the " + $n.phrase()));
                end
                """);
        Path draft = Cli.write(Path.of("target", "cli-tests", "share-above-whole.md"),
                "---\ndate: 2025-02-25\n---\nSome 120% of voters backed him. Debt reached 120% of GDP.\n");

        Run run = Cli.run("check", "--no-config", "--rules", rules.toString(), "--format", "json", draft.toString())
                .withoutStackTrace();

        assertThat(run.exit()).isEqualTo(1);
        List<String> findings = new ArrayList<>();
        for (JsonNode finding : run.json().at("/files/0/findings")) {
            findings.add(finding.get("ruleId").asText() + " " + finding.at("/location/text").asText() + " " + finding.get("message").asText());
        }
        assertThat(findings).containsExactly("share-above-whole 120% More than all the voters");
    }

    @Test
    void rulesListsIdSeverityAndSummary() {
        Run run = Cli.run("rules").withoutStackTrace();

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = List.of(run.out().split("\n"));
        // Columns: id padded to the longest id, severity padded to 7, summary.
        assertThat(lines).allMatch(line -> line.matches("[a-z0-9-]+ +(error|warning|info) +\\S.*"));
        assertThat(lines).map(line -> line.replaceAll(" +", " "))
                .contains("currency-conversion error A currency conversion disagrees with the ECB reference rate of the publication date",
                        "event-dated-twice warning The same event is given two dates that cannot both be right",
                        "unknown-rule-in-suppression warning An inline suppression comment names a rule that does not exist",
                        "unused-suppression info An inline suppression comment that suppresses nothing");
    }

    @Test
    void rulesExplainPrintsTheRuleDoc() throws IOException {
        Run run = Cli.run("rules", "explain", "event-dated-twice").withoutStackTrace();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(java.nio.file.Files.readString(java.nio.file.Path.of("rules/event-dated-twice.md")));
    }

    @Test
    void rulesExplainOfAnUnknownIdIsAUsageError() {
        Run run = Cli.run("rules", "explain", "no-such-rule").withoutStackTrace();
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("factlint: unknown rule id 'no-such-rule' (see 'factlint rules')");
    }
}
