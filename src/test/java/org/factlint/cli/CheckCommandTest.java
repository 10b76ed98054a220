package org.factlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factlint.cli.Cli.SEED_MD;
import static org.factlint.cli.Cli.SEED_TXT;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.factlint.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** {@code factlint check} on the seed article: text and JSON reports, exit codes, --date, stdin. */
@Execution(ExecutionMode.SAME_THREAD)
class CheckCommandTest {
    private static final String EVENT_LINE = "seeds/putin-minerals-offer.md:10:346: warning [event-dated-twice] "
            + "The invasion is dated 2019 here, but \"full-scale invasion three years ago\" puts it in 2022";

    @Test
    void seedTextReportFlagsTheTwiceDatedInvasion() {
        Run run = Cli.run("check", "seeds/putin-minerals-offer.md").withoutStackTrace();

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        List<String> lines = List.of(run.out().split("\n"));
        assertThat(lines).contains(EVENT_LINE);
        assertThat(run.warningsAndErrors()).containsExactly(EVENT_LINE);

        int at = lines.indexOf(EVENT_LINE);
        String excerpt = lines.get(at + 1);
        String carets = lines.get(at + 2);
        assertThat(excerpt).startsWith("    ").endsWith("since the 2019 invasion.");
        assertThat(carets.trim()).isEqualTo("^^^^");
        assertThat(carets.indexOf('^')).isEqualTo(excerpt.indexOf("2019"));
        assertThat(lines.subList(at + 3, at + 6)).containsExactly(
                "  related 6:280: \"three years ago\" counted back from the publication date, this puts the invasion in 2022",
                "  arithmetic: 2025 - 3 = 2022",
                "  suggestion: 2022");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("1 file checked: 1 warning, 1 info");
    }

    @Test
    void seedJsonReport() throws IOException {
        Run run = Cli.run("check", "--format", "json", "seeds/putin-minerals-offer.md").withoutStackTrace();

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        JsonNode report = run.json();
        assertThat(report.at("/tool/name").asText()).isEqualTo("factlint");
        JsonNode file = report.at("/files/0");
        assertThat(report.get("files")).hasSize(1);
        assertThat(file.get("path").asText()).isEqualTo("seeds/putin-minerals-offer.md");
        assertThat(file.get("publicationDate").asText()).isEqualTo("2025-02-25");
        assertThat(file.has("assumedDate")).isFalse();

        List<JsonNode> serious = Cli.seriousFindings(report);
        assertThat(serious).hasSize(1);
        JsonNode finding = serious.get(0);
        assertThat(finding.get("ruleId").asText()).isEqualTo("event-dated-twice");
        assertThat(finding.get("severity").asText()).isEqualTo("warning");
        assertThat(finding.get("message").asText())
                .isEqualTo("The invasion is dated 2019 here, but \"full-scale invasion three years ago\" puts it in 2022");
        assertThat(finding.get("arithmetic").asText()).isEqualTo("2025 - 3 = 2022");
        assertThat(finding.get("suggestion").asText()).isEqualTo("2022");

        String source = Cli.read(SEED_MD);
        JsonNode location = finding.get("location");
        assertThat(location.get("line").asInt()).isEqualTo(10);
        assertThat(location.get("column").asInt()).isEqualTo(346);
        assertThat(location.get("text").asText()).isEqualTo("2019");
        assertThat(source.substring(location.get("start").asInt(), location.get("end").asInt())).isEqualTo("2019");
        assertLineColumn(source, location);

        assertThat(finding.get("related")).hasSize(1);
        JsonNode related = finding.at("/related/0");
        assertThat(related.get("text").asText()).isEqualTo("three years ago");
        assertThat(source.substring(related.get("start").asInt(), related.get("end").asInt())).isEqualTo("three years ago");
        assertThat(related.get("line").asInt()).isEqualTo(6);
        assertLineColumn(source, related);

        // The other finding is the (unverifiable or verified) conversion, at info level.
        assertThat(file.get("findings")).hasSize(2);
        assertThat(file.at("/findings/1/ruleId").asText()).isEqualTo("currency-conversion");
        assertThat(file.at("/findings/1/severity").asText()).isEqualTo("info");

        JsonNode summary = report.get("summary");
        assertThat(summary.get("files").asInt()).isEqualTo(1);
        assertThat(summary.get("errors").asInt()).isZero();
        assertThat(summary.get("warnings").asInt()).isEqualTo(1);
        assertThat(summary.get("infos").asInt()).isEqualTo(1);
        assertThat(summary.get("unreadable").asInt()).isZero();
        assertThat(report.get("errors")).isEmpty();
    }

    @Test
    void plainTextSeedWithDateMatchesTheMarkdownSeed() {
        JsonNode markdown = Cli.run("check", "--format", "json", SEED_MD.toString()).json();
        Run run = Cli.run("check", "--format", "json", "--date", "2025-02-25", SEED_TXT.toString());

        assertThat(run.exit()).isEqualTo(1);
        JsonNode plain = run.json();
        assertThat(plain.at("/files/0/publicationDate").asText()).isEqualTo("2025-02-25");
        assertThat(essentials(plain)).isEqualTo(essentials(markdown)).isNotEmpty();
    }

    @Test
    void plainTextSeedWithoutDateSaysSo() {
        LocalDate before = LocalDate.now();
        JsonNode report = Cli.run("check", "--format", "json", SEED_TXT.toString()).json();
        LocalDate after = LocalDate.now();

        JsonNode file = report.at("/files/0");
        assertThat(file.get("publicationDate").isNull()).isTrue();
        LocalDate assumed = LocalDate.parse(file.get("assumedDate").asText());
        assertThat(assumed).isBetween(before, after);

        Run text = Cli.run("check", SEED_TXT.toString());
        assertThat(text.out()).contains("seeds/000_5515f5423b4ad810.txt: note: no publication date; "
                + "relative dates resolved against " + assumed + " (today); pass --date YYYY-MM-DD");
    }

    @Test
    void failOnErrorIgnoresTheWarning() {
        assertThat(Cli.run("check", "--fail-on", "error", SEED_MD.toString()).exit()).isZero();
        assertThat(Cli.run("check", "--fail-on", "info", SEED_MD.toString()).exit()).isEqualTo(1);
    }

    private static final String DRAFT = """
            ---
            date: 2025-02-25
            ---
            Russia occupied eastern Ukraine following its full-scale invasion three years ago. \
            Some deposits have fallen under Russian control since the 2019 invasion.
            """;

    @Test
    void stdinIsReportedAsStdin() {
        Run run = Cli.runWithStdin(DRAFT, "check", "-").withoutStackTrace();

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.warningsAndErrors()).singleElement().asString()
                .startsWith("<stdin>:4:142: warning [event-dated-twice] The invasion is dated 2019 here");
        assertThat(run.out()).contains("  suggestion: 2022");
    }

    @Test
    void stdinNameNamesIt() {
        Run run = Cli.runWithStdin(DRAFT, "check", "--stdin-name", "draft.md", "--format", "json", "-");

        assertThat(run.exit()).isEqualTo(1);
        JsonNode file = run.json().at("/files/0");
        assertThat(file.get("path").asText()).isEqualTo("draft.md");
        assertThat(file.get("publicationDate").asText()).isEqualTo("2025-02-25");
        JsonNode finding = Cli.seriousFindings(run.json()).get(0);
        assertThat(finding.get("ruleId").asText()).isEqualTo("event-dated-twice");
        assertThat(finding.at("/location/text").asText()).isEqualTo("2019");
        assertThat(DRAFT.substring(finding.at("/location/start").asInt(), finding.at("/location/end").asInt()))
                .isEqualTo("2019");
    }

    /** 1-based line and column of a span agree with its start offset. */
    private static void assertLineColumn(String source, JsonNode span) {
        int start = span.get("start").asInt();
        String before = source.substring(0, start);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = start - (before.lastIndexOf('\n') + 1) + 1;
        assertThat(span.get("line").asInt()).as("line of %s", span).isEqualTo(line);
        assertThat(span.get("column").asInt()).as("column of %s", span).isEqualTo(column);
    }

    /** ruleId, severity, message, location text and suggestion of each finding. */
    private static List<List<String>> essentials(JsonNode report) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode finding : report.at("/files/0/findings")) {
            rows.add(List.of(finding.get("ruleId").asText(), finding.get("severity").asText(),
                    finding.get("message").asText(), finding.at("/location/text").asText(),
                    String.valueOf(finding.get("suggestion").isNull() ? null : finding.get("suggestion").asText())));
        }
        return rows;
    }
}
