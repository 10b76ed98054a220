package org.factlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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
    }

    @Test
    void rulesListsIdSeverityAndSummary() {
        Run run = Cli.run("rules").withoutStackTrace();

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().split("\n")).containsExactly(
                "change               error    A stated change does not match the two figures it describes",
                "currency-conversion  error    A currency conversion disagrees with the ECB reference rate of the publication date",
                "event-dated-twice    warning  The same event is given two dates that cannot both be right",
                "parts-and-total      warning  The parts listed do not add up to the total given",
                "share-of-total       error    A percentage does not match the part and the whole it restates");
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
