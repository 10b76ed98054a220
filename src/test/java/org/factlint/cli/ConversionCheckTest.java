package org.factlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.factlint.cli.Cli.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** The bracketed conversion "$500 billion (£396bn)" against a typed-in ECB rates file (--rates). */
@Execution(ExecutionMode.SAME_THREAD)
class ConversionCheckTest {
    @TempDir
    Path dir;

    Path rates;

    @BeforeEach
    void writeRates() throws IOException {
        rates = Cli.write(dir.resolve("eurofxref-hist.csv"), Cli.RATES_FEB_2025);
    }

    @Test
    void seedConversionIsVerified() {
        Run run = Cli.run("check", "--format", "json", "--rates", rates.toString(), "seeds/putin-minerals-offer.md")
                .withoutStackTrace();

        assertThat(run.exit()).isEqualTo(1); // the event-dated-twice warning is still there
        JsonNode conversion = conversion(run.json());
        assertThat(conversion.get("severity").asText()).isEqualTo("info");
        assertThat(conversion.get("message").asText()).isEqualTo(
                "Conversion verified: £396bn matches $500 billion at the ECB reference rate of 2025-02-25 (+0.3%)");
        assertThat(conversion.get("arithmetic").asText()).isEqualTo("500bn USD x 0.7898 = 394.9bn GBP");
        assertThat(conversion.get("suggestion").isNull()).isTrue();
        assertThat(conversion.at("/location/text").asText()).isEqualTo("£396bn");
        assertThat(conversion.at("/related/0/text").asText()).isEqualTo("$500 billion");
        assertThat(Cli.seriousFindings(run.json())).extracting(f -> f.get("ruleId").asText())
                .containsExactly("event-dated-twice");
    }

    @Test
    void wrongConversionIsAnError() throws IOException {
        Path draft = Cli.seedWith(dir, "wrong.md", "(£396bn)", "(£296bn)");

        Run run = Cli.run("check", "--rates", rates.toString(), draft.toString()).withoutStackTrace();

        assertThat(run.exit()).isEqualTo(1);
        String at = draft + ":11:102: error [currency-conversion] ";
        assertThat(run.warningsAndErrors()).containsExactly(
                draft + ":10:346: warning [event-dated-twice] The invasion is dated 2019 here, "
                        + "but \"full-scale invasion three years ago\" puts it in 2022",
                at + "£296bn does not match $500 billion at the ECB reference rate of 2025-02-25: "
                        + "expected about 394.9bn GBP (stated figure is -25.0% off)");
        String tail = run.out().substring(run.out().indexOf(at));
        assertThat(tail).contains("  arithmetic: 500bn USD x 0.7898 = 394.9bn GBP\n  suggestion: £395bn\n");
        assertThat(run.out()).endsWith("1 file checked: 1 error, 1 warning\n");
    }

    @Test
    void wrongConversionInJson() throws IOException {
        Path draft = Cli.seedWith(dir, "wrong.md", "(£396bn)", "(£296bn)");

        JsonNode conversion = conversion(Cli.run("check", "--format", "json", "--rates", rates.toString(),
                draft.toString()).json());

        assertThat(conversion.get("severity").asText()).isEqualTo("error");
        assertThat(conversion.get("suggestion").asText()).isEqualTo("£395bn");
        assertThat(conversion.at("/location/text").asText()).isEqualTo("£296bn");
    }

    @Test
    void conversionThreeToTenPercentOffIsAWarning() throws IOException {
        // $512.4bn x 0.78983 = 404.7bn; £375bn (at most 375.5bn) is 7.2% short.
        Path draft = Cli.seedWith(dir, "close.md", "$500 billion (£396bn)", "$512.4 billion (£375bn)");

        JsonNode conversion = conversion(Cli.run("check", "--format", "json", "--rates", rates.toString(),
                draft.toString()).json());

        assertThat(conversion.get("severity").asText()).isEqualTo("warning");
        assertThat(conversion.get("message").asText()).contains("expected about 404.7bn GBP");
    }

    /**
     * No source has a rate for 1990 (the ECB series starts in 1999), whatever FACTLINT_RATES or the
     * user cache hold on this machine: a wildly wrong figure is then "unverifiable", never an error.
     */
    @Test
    void conversionWithoutAnyRateIsUnverifiableInfo() throws IOException {
        Path draft = Cli.write(dir.resolve("old.md"), """
                ---
                date: 1990-01-01
                ---
                Trump said US aid to Ukraine amounts to around $500 billion (£100bn), a figure Kyiv disputes.
                """);

        for (String[] args : List.of(
                new String[] {"check", "--format", "json", draft.toString()},
                new String[] {"check", "--format", "json", "--rates", rates.toString(), draft.toString()},
                new String[] {"check", "--format", "json", "--rates", rates.toString(), "--date", "1990-01-01",
                        Cli.SEED_MD.toString()})) {
            Run run = Cli.run(args).withoutStackTrace();
            JsonNode conversion = conversion(run.json());
            assertThat(conversion.get("severity").asText()).isEqualTo("info");
            assertThat(conversion.get("message").asText()).startsWith(
                    "Conversion unverifiable: no ECB reference rate USD/GBP for 1990-01-01");
            assertThat(conversion.get("arithmetic").isNull()).isTrue();
            assertThat(conversion.get("suggestion").isNull()).isTrue();
            assertThat(run.json().at("/summary/errors").asInt()).isZero();
        }
        assertThat(Cli.run("check", draft.toString()).exit()).isZero();
    }

    private static JsonNode conversion(JsonNode report) {
        List<JsonNode> found = StreamSupport.stream(report.at("/files/0/findings").spliterator(), false)
                .filter(f -> f.get("ruleId").asText().equals("currency-conversion")).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
