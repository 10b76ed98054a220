package org.factlint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.factlint.Factlint;
import org.factlint.config.Baseline;
import org.factlint.config.FactlintConfig;
import org.factlint.config.Inputs;
import org.factlint.config.Policy;
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
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code factlint check}: findings for each file; exit 0 clean, 1 findings at or above --fail-on, 2 bad
 * input or configuration. The configuration (.factlint.yml) and inline suppressions are applied to
 * each file's findings, then the baseline, if any, to the whole run.
 */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Check drafts and report inconsistencies.")
final class CheckCommand implements Callable<Integer> {
    enum OutputFormat { text, json, sarif, github, junit, html }

    enum Colour { auto, always, never }

    @Mixin
    CommonOptionsMixin common;

    @Option(names = "--format", defaultValue = "text", description = "text, json, sarif, github (Actions annotations), junit (XML) or html (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Lowest severity that makes the exit code 1: error, warning or info (default: fail-on in .factlint.yml, else warning).")
    String failOn;

    @Option(names = "--color", defaultValue = "auto", description = "auto, always or never (default: ${DEFAULT-VALUE}; NO_COLOR is respected).")
    Colour colour;

    @Option(names = "--jobs", paramLabel = "N", description = "Files checked at once (default: all cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report and fail only on findings not recorded in FILE (see --write-baseline).")
    Path baseline;

    @Option(names = "--write-baseline", description = "Record the current findings in the --baseline FILE and exit 0.")
    boolean writeBaseline;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files, folders (walked for include/exclude patterns), quoted globs ('drafts/**/*.md'); - for stdin.")
    List<String> files;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (writeBaseline && baseline == null) {
            throw new ParameterException(spec.commandLine(), "--write-baseline needs --baseline FILE");
        }
        Severity threshold = failOn != null ? Severity.parse(failOn) : null;
        FactlintConfig config = common.options.loadConfig(files);
        if (threshold == null) threshold = config.failOn() != null ? config.failOn() : Severity.WARNING;
        Factlint factlint = common.options.build(config);
        Policy policy = new Policy(config, factlint.rules().keySet());
        config.checkRuleIds(policy.knownRuleIds());
        Baseline known = baseline != null && !writeBaseline ? Baseline.read(baseline) : null;

        Inputs.Expanded inputs = new Inputs(config).expand(files);
        DocumentLoader loader = new DocumentLoader(common.options.parsedDate(), common.options.stdinName, System.in);
        List<FileResult> results = new ArrayList<>();
        List<FileError> errors = new ArrayList<>(inputs.errors());
        Map<String, SourceDocument> sources = new HashMap<>();
        Progress progress = Progress.forBatch(inputs.files().size());
        for (Outcome outcome : BatchRunner.run(inputs.files(), jobs, file -> {
            try {
                SourceDocument document = loader.load(file);
                return new Outcome(document, policy.apply(document, factlint.check(document)), null);
            } catch (InputException e) {
                return new Outcome(null, null, new FileError(loader.nameOf(file), e.reason()));
            } finally {
                if (progress != null) progress.step();
            }
        })) {
            if (outcome.error() != null) {
                errors.add(outcome.error());
            } else {
                results.add(outcome.result());
                sources.put(outcome.document().name(), outcome.document());
            }
        }
        if (progress != null) progress.finish();

        TextReport plain = new TextReport(false);
        if (writeBaseline) {
            Baseline recorded = Baseline.create(baseline);
            for (FileResult result : results) {
                for (ReportedFinding finding : result.findings()) {
                    recorded.add(recorded.keyOf(result.path(), finding, lineText(sources, result.path(), finding)));
                }
            }
            recorded.write();
            for (FileError error : errors) spec.commandLine().getErr().println(plain.errorLine(error));
            spec.commandLine().getErr().println("factlint: wrote " + recorded.size() + " finding"
                    + (recorded.size() == 1 ? "" : "s") + " of " + results.size() + " file" + (results.size() == 1 ? "" : "s")
                    + " to " + baseline);
            return errors.isEmpty() ? Main.OK : Main.USAGE_OR_INPUT;
        }
        int baselined = 0;
        if (known != null) {
            Baseline.Matcher matcher = known.matcher();
            List<FileResult> remaining = new ArrayList<>();
            for (FileResult result : results) {
                List<ReportedFinding> fresh = new ArrayList<>();
                for (ReportedFinding finding : result.findings()) {
                    if (matcher.absorb(known.keyOf(result.path(), finding, lineText(sources, result.path(), finding)))) baselined++;
                    else fresh.add(finding);
                }
                remaining.add(fresh.size() == result.findings().size() ? result
                        : new FileResult(result.path(), result.publicationDate(), result.assumedDate(), List.copyOf(fresh),
                                result.claims()));
            }
            results = remaining;
        }

        CheckRun run = new CheckRun(Version.current(), results, errors);
        PrintWriter out = spec.commandLine().getOut();
        SourceTexts texts = path -> sources.containsKey(path) ? sources.get(path).sourceText() : null;
        switch (format) {
            case json -> out.println(new JsonReport().renderCheck(run));
            case sarif -> {
                List<RuleDescription> rules = RuleDescription.of(factlint.rules().values(), common.options.ruleFolders());
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
                String report = new TextReport(useColour()).render(run, lines);
                if (known != null) report = withBaselined(report, baselined);
                out.print(report);
            }
        }
        for (FileError error : errors) spec.commandLine().getErr().println(plain.errorLine(error));
        out.flush();
        if (!errors.isEmpty()) return Main.USAGE_OR_INPUT;
        Severity level = threshold;
        boolean failing = results.stream().flatMap(r -> r.findings().stream()).map(ReportedFinding::severity)
                .anyMatch(s -> s.atLeast(level));
        return failing ? Main.FINDINGS : Main.OK;
    }

    private record Outcome(SourceDocument document, FileResult result, FileError error) {}

    private static String lineText(Map<String, SourceDocument> sources, String path, ReportedFinding finding) {
        SourceDocument document = sources.get(path);
        return document == null || finding.location() == null ? "" : document.sourceMap().lineText(finding.location().line());
    }

    /** Appends ", N baselined" to the summary line (the report's last line). */
    static String withBaselined(String report, int baselined) {
        String body = report.endsWith("\n") ? report.substring(0, report.length() - 1) : report;
        return body + ", " + baselined + " baselined\n";
    }

    private boolean useColour() {
        return switch (colour) {
            case always -> true;
            case never -> false;
            case auto -> System.console() != null && System.getenv("NO_COLOR") == null;
        };
    }
}
