package org.factlint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.factlint.Factlint;
import org.factlint.ingest.InputException;
import org.factlint.ingest.SourceDocument;
import org.factlint.report.CheckRun;
import org.factlint.report.FileError;
import org.factlint.report.FileResult;
import org.factlint.report.GithubActionsReport;
import org.factlint.report.HtmlReport;
import org.factlint.report.JsonReport;
import org.factlint.report.JunitXmlReport;
import org.factlint.report.ReportedFinding;
import org.factlint.report.RuleDescription;
import org.factlint.report.SarifReport;
import org.factlint.report.Severity;
import org.factlint.report.SourceLines;
import org.factlint.report.SourceTexts;
import org.factlint.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code factlint check}: findings for each file; exit 0 clean, 1 findings at or above --fail-on, 2 bad input. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Check drafts and report inconsistencies.")
final class CheckCommand implements Callable<Integer> {
    enum OutputFormat { text, json, sarif, github, junit, html }

    enum Colour { auto, always, never }

    @Mixin
    CommonOptionsMixin common;

    @Option(names = "--format", defaultValue = "text", description = "text, json, sarif, github (Actions annotations), junit (XML) or html (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--fail-on", defaultValue = "warning", paramLabel = "LEVEL",
            description = "Lowest severity that makes the exit code 1: error, warning or info (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--color", defaultValue = "auto", description = "auto, always or never (default: ${DEFAULT-VALUE}; NO_COLOR is respected).")
    Colour colour;

    @Option(names = "--jobs", paramLabel = "N", description = "Files checked at once (default: all cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to check (.md, .txt, .html; - for stdin).")
    List<String> files;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Severity threshold = Severity.parse(failOn);
        Factlint factlint = common.options.build();
        DocumentLoader loader = new DocumentLoader(common.options.parsedDate(), common.options.stdinName, System.in);
        List<FileResult> results = new ArrayList<>();
        List<FileError> errors = new ArrayList<>();
        Map<String, SourceDocument> sources = new HashMap<>();
        for (Outcome outcome : BatchRunner.run(files, jobs, file -> {
            try {
                SourceDocument document = loader.load(file);
                return new Outcome(document, factlint.check(document), null);
            } catch (InputException e) {
                return new Outcome(null, null, new FileError(loader.nameOf(file), e.reason()));
            }
        })) {
            if (outcome.error() != null) {
                errors.add(outcome.error());
            } else {
                results.add(outcome.result());
                sources.put(outcome.document().name(), outcome.document());
            }
        }
        CheckRun run = new CheckRun(Version.current(), results, errors);
        PrintWriter out = spec.commandLine().getOut();
        SourceTexts texts = path -> sources.containsKey(path) ? sources.get(path).sourceText() : null;
        switch (format) {
            case json -> out.println(new JsonReport().renderCheck(run));
            case sarif -> {
                List<Path> docFolders = new ArrayList<>(List.of(CommonOptions.projectRules()));
                docFolders.addAll(common.options.extraRules);
                List<RuleDescription> rules = RuleDescription.of(factlint.rules().values(), docFolders);
                out.println(new SarifReport(rules, Path.of("")).render(run, texts));
            }
            case github -> out.print(new GithubActionsReport().render(run));
            case junit -> out.println(new JunitXmlReport(threshold).render(run));
            case html -> out.println(new HtmlReport().render(run, texts));
            case text -> {
                SourceLines lines = (path, line) -> {
                    SourceDocument document = sources.get(path);
                    return document == null ? null : document.sourceMap().lineText(line);
                };
                out.print(new TextReport(useColour()).render(run, lines));
            }
        }
        TextReport plain = new TextReport(false);
        for (FileError error : errors) spec.commandLine().getErr().println(plain.errorLine(error));
        out.flush();
        if (!errors.isEmpty()) return Main.USAGE_OR_INPUT;
        boolean failing = results.stream().flatMap(r -> r.findings().stream()).map(ReportedFinding::severity)
                .anyMatch(s -> s.atLeast(threshold));
        return failing ? Main.FINDINGS : Main.OK;
    }

    private record Outcome(SourceDocument document, FileResult result, FileError error) {}

    private boolean useColour() {
        return switch (colour) {
            case always -> true;
            case never -> false;
            case auto -> System.console() != null && System.getenv("NO_COLOR") == null;
        };
    }
}
