package org.factlint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.factlint.engine.RuleDoc;
import org.factlint.engine.RuleInfo;
import org.factlint.engine.RuleLoadException;
import org.factlint.facts.FactAssembler;
import org.factlint.ingest.DocumentReader;
import org.factlint.ingest.Format;
import org.factlint.ingest.InputException;
import org.factlint.ingest.SourceDocument;
import org.factlint.rates.RateQuote;
import org.factlint.report.FileResult;
import org.factlint.report.ReportedFinding;
import org.factlint.report.Severity;

/**
 * Runs the examples of every rule doc ({@code <rule-id>.md} beside the DRL) against the rules in
 * force: spans marked [[...]] in a "flag" example must be flagged exactly, a "silent" example must
 * draw nothing at warning or above. Used by the test suite and by {@code factlint rules test}, so
 * a newsroom can test its own rules with one command. Not thread-safe (examples carry their rates).
 */
public final class RuleExampleRunner {
    /** Publication date of an example that gives none. */
    public static final LocalDate DEFAULT_DATE = LocalDate.of(2025, 2, 25);

    public record Outcome(RuleDoc.Example example, boolean passed, String detail) {}

    private final List<Path> folders;
    private final Factlint factlint;
    private final AtomicReference<RuleDoc.Example> current = new AtomicReference<>();

    public RuleExampleRunner(List<Path> folders) throws RuleLoadException {
        this.folders = List.copyOf(folders);
        Factlint.Builder builder = Factlint.builder().rates(this::exampleRate);
        folders.forEach(builder::ruleFolder);
        this.factlint = builder.build();
    }

    /** Each example brings its own typed-in ECB rates (units per euro), for its own date only. */
    private Optional<RateQuote> exampleRate(String from, String to, LocalDate date) {
        RuleDoc.Example example = current.get();
        if (example == null || !date.equals(dateOf(example))) return Optional.empty();
        Double perEuroFrom = from.equals("EUR") ? Double.valueOf(1) : example.eurRates().get(from);
        Double perEuroTo = to.equals("EUR") ? Double.valueOf(1) : example.eurRates().get(to);
        if (perEuroFrom == null || perEuroTo == null) return Optional.empty();
        return Optional.of(new RateQuote(from, to, perEuroTo / perEuroFrom, date, "example"));
    }

    /** Every example of every doc in the rule folders, in file order. */
    public List<RuleDoc.Example> examples() throws IOException {
        List<RuleDoc.Example> all = new ArrayList<>();
        for (Path doc : docs()) all.addAll(RuleDoc.read(doc).examples());
        return all;
    }

    /** Rules in force without a doc, or whose doc lacks examples that flag or examples that stay silent. */
    public List<String> undocumented() throws IOException {
        List<String> problems = new ArrayList<>();
        for (RuleInfo rule : factlint.rules().values()) {
            Path doc = RuleDoc.find(searchFolders(rule), rule.id());
            if (doc == null) {
                problems.add(rule.id() + ": no doc (" + rule.file().resolveSibling(rule.id() + ".md") + ")");
                continue;
            }
            List<RuleDoc.Example> examples = RuleDoc.read(doc).examples();
            if (examples.stream().noneMatch(RuleDoc.Example::flags)) problems.add(rule.id() + ": no example that flags");
            if (examples.stream().allMatch(RuleDoc.Example::flags)) problems.add(rule.id() + ": no example that stays silent");
            if (examples.stream().anyMatch(e -> e.flags() && e.expectedSpans().isEmpty())) {
                problems.add(rule.id() + ": a flag example marks no [[span]]");
            }
        }
        return problems;
    }

    public Outcome run(RuleDoc.Example example) {
        RuleInfo rule = factlint.rules().get(example.ruleId());
        if (rule == null) return new Outcome(example, false, "no rule with id " + example.ruleId() + " is in force");
        current.set(example);
        FileResult result;
        try {
            SourceDocument document = new DocumentReader()
                    .read(example.toString(), example.text().getBytes(StandardCharsets.UTF_8), Format.TEXT)
                    .withPublicationDate(dateOf(example));
            result = factlint.check(document);
        } catch (InputException e) {
            return new Outcome(example, false, e.getMessage());
        } finally {
            current.set(null);
        }
        List<ReportedFinding> ofRule = result.findings().stream().filter(f -> f.ruleId().equals(example.ruleId())).toList();
        if (!example.flags()) {
            List<ReportedFinding> loud = ofRule.stream().filter(f -> f.severity().atLeast(Severity.WARNING)).toList();
            return loud.isEmpty() ? new Outcome(example, true, "silent")
                    : new Outcome(example, false, "expected silence, got " + describe(loud));
        }
        Severity expected = example.severity() != null ? Severity.parse(example.severity()) : rule.severity();
        List<String> flagged = ofRule.stream().filter(f -> f.severity() == expected)
                .map(f -> f.location().start() + "-" + f.location().end()).sorted().toList();
        List<String> marked = example.expectedSpans().stream().map(s -> s[0] + "-" + s[1]).sorted().toList();
        if (flagged.equals(marked)) return new Outcome(example, true, "flagged " + marked);
        return new Outcome(example, false, "expected " + expected.label() + " at " + spans(example, marked)
                + ", got " + describe(ofRule));
    }

    private static String spans(RuleDoc.Example example, List<String> offsets) {
        List<String> texts = new ArrayList<>();
        for (String offset : offsets) {
            String[] bounds = offset.split("-");
            texts.add("\"" + example.text().substring(Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1])) + "\"");
        }
        return String.join(", ", texts);
    }

    private static String describe(List<ReportedFinding> findings) {
        if (findings.isEmpty()) return "nothing";
        List<String> parts = new ArrayList<>();
        for (ReportedFinding f : findings) {
            parts.add(f.severity().label() + " at \"" + f.location().text() + "\": " + f.message());
        }
        return String.join("; ", parts);
    }

    private static LocalDate dateOf(RuleDoc.Example example) {
        return example.date() != null ? example.date() : DEFAULT_DATE;
    }

    private List<Path> searchFolders(RuleInfo rule) {
        Set<Path> search = new LinkedHashSet<>();
        if (rule.file().getParent() != null) search.add(rule.file().getParent());
        search.addAll(folders);
        return new ArrayList<>(search);
    }

    private List<Path> docs() throws IOException {
        List<Path> docs = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().forEach(docs::add);
            }
        }
        return docs;
    }
}
