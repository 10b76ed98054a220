package org.factlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.factlint.Factlint;
import org.factlint.facts.FactAssembler;
import org.factlint.ingest.DocumentReader;
import org.factlint.ingest.Format;
import org.factlint.ingest.SourceDocument;
import org.factlint.rates.RateQuote;
import org.factlint.report.FileResult;
import org.factlint.report.ReportedFinding;
import org.factlint.report.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every example of every rule doc in rules/: flagged spans exactly, silence where promised. */
class RuleExamplesTest {
    private static final Path RULES = Path.of("rules");
    private static final AtomicReference<RuleDoc.Example> current = new AtomicReference<>();
    private static Factlint factlint;

    @BeforeAll
    static void load() throws Exception {
        // Each example brings its own typed-in ECB rates, for its own date only.
        FactAssembler.RateLookup examplesRates = (from, to, date) -> {
            RuleDoc.Example example = current.get();
            if (example == null || !date.equals(example.date())) return Optional.empty();
            Double perEuroFrom = from.equals("EUR") ? Double.valueOf(1) : example.eurRates().get(from);
            Double perEuroTo = to.equals("EUR") ? Double.valueOf(1) : example.eurRates().get(to);
            if (perEuroFrom == null || perEuroTo == null) return Optional.empty();
            return Optional.of(new RateQuote(from, to, perEuroTo / perEuroFrom, date, "example"));
        };
        factlint = Factlint.builder().ruleFolder(RULES).rates(examplesRates).build();
    }

    static Stream<RuleDoc.Example> examples() throws IOException {
        List<RuleDoc.Example> all = new ArrayList<>();
        for (Path doc : docs()) all.addAll(RuleDoc.read(doc).examples());
        return all.stream();
    }

    private static List<Path> docs() throws IOException {
        try (Stream<Path> files = Files.list(RULES)) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleBehavesAsDocumented(RuleDoc.Example example) throws Exception {
        current.set(example);
        SourceDocument document = new DocumentReader()
                .read(example.toString(), example.text().getBytes(StandardCharsets.UTF_8), Format.TEXT)
                .withPublicationDate(example.date() == null ? LocalDate.of(2025, 2, 25) : example.date());
        FileResult result = factlint.check(document);
        Severity expected = example.severity() != null ? Severity.parse(example.severity())
                : factlint.rules().get(example.ruleId()).severity();
        List<ReportedFinding> ofRule = result.findings().stream().filter(f -> f.ruleId().equals(example.ruleId())).toList();
        if (example.flags()) {
            List<String> flagged = ofRule.stream().filter(f -> f.severity() == expected)
                    .map(f -> f.location().start() + "-" + f.location().end()).sorted().toList();
            List<String> marked = example.expectedSpans().stream().map(s -> s[0] + "-" + s[1]).sorted().toList();
            assertThat(flagged).as("spans flagged at %s in: %s (all findings: %s)", expected.label(), example.text(), ofRule)
                    .isEqualTo(marked);
        } else {
            assertThat(ofRule).as("findings at warning or above in: %s", example.text())
                    .noneMatch(f -> f.severity().atLeast(Severity.WARNING));
        }
    }

    @Test
    void everyRuleHasADocWithExamplesBothWays() throws IOException {
        for (RuleInfo rule : factlint.rules().values()) {
            Path doc = RuleDoc.find(List.of(RULES), rule.id());
            assertThat(doc).as("doc for %s", rule.id()).isNotNull();
            List<RuleDoc.Example> examples = RuleDoc.read(doc).examples();
            assertThat(examples).as("examples that flag in %s", doc).anyMatch(RuleDoc.Example::flags);
            assertThat(examples).as("examples that stay silent in %s", doc).anyMatch(e -> !e.flags());
            assertThat(examples).filteredOn(RuleDoc.Example::flags).allMatch(e -> !e.expectedSpans().isEmpty());
        }
    }
}
