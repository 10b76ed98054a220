package org.factlint.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.factlint.Factlint;
import org.factlint.ingest.InputException;
import org.factlint.report.ClaimsTextReport;
import org.factlint.report.FileResult;
import org.factlint.report.JsonReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code factlint claims}: every numeric and temporal claim found, normalized. */
@Command(name = "claims", mixinStandardHelpOptions = true, description = "List the numeric and temporal claims found.")
final class ClaimsCommand implements Callable<Integer> {
    @Mixin
    CommonOptionsMixin common;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    CheckCommand.OutputFormat format;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to read (.md, .txt, .html; - for stdin).")
    List<String> files;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Factlint factlint = common.options.build(common.options.loadConfig(files));
        DocumentLoader loader = new DocumentLoader(common.options.parsedDate(), common.options.stdinName, System.in);
        List<FileResult> results = new ArrayList<>();
        int exit = Main.OK;
        for (String file : files) {
            try {
                results.add(factlint.claims(loader.load(file)));
            } catch (InputException e) {
                spec.commandLine().getErr().println(loader.nameOf(file) + ": error: " + e.reason());
                exit = Main.USAGE_OR_INPUT;
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == CheckCommand.OutputFormat.json ? new JsonReport().renderClaims(results) + "\n"
                : new ClaimsTextReport().render(results));
        out.flush();
        return exit;
    }
}
