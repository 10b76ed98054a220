package org.factlint.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.factlint.Factlint;
import org.factlint.eval.CaseEval;
import org.factlint.eval.DucklingCorpus;
import org.factlint.eval.Failure;
import org.factlint.eval.RecognizersSpecs;
import org.factlint.eval.Runner;
import org.factlint.eval.Tables;
import org.factlint.eval.TimeMlEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code factlint eval}: accuracy of the claim extractor against TimeML, Recognizers-Text or Duckling data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the extracted claims against an evaluation set (a benchmark; see docs/ACCURACY.md).")
final class EvalCommand implements Callable<Integer> {
    enum Dataset { timeml, recognizers, duckling }

    @Parameters(index = "0", paramLabel = "DATASET", description = "timeml, recognizers or duckling.")
    Dataset dataset;

    @Parameters(index = "1", paramLabel = "PATH", description = "The data: a folder of .tml files; the Recognizers-Text folder; the Duckling folder.")
    Path path;

    @Option(names = "--limit", paramLabel = "N", description = "At most N documents (timeml) or N cases per category (0: all).")
    int limit;

    @Option(names = "--show-failures", paramLabel = "N", description = "Print failure counts and the first N failures.")
    int showFailures;

    @Option(names = "--failures-tsv", paramLabel = "FILE", description = "Write every failure to FILE (kind, category, source, expected, got, context).")
    Path failuresTsv;

    @Option(names = "--skip-all-unsupported", description = "Recognizers: skip cases marked NotSupported for any platform, not only dotnet.")
    boolean skipAllUnsupported;

    @Option(names = "--date-order", paramLabel = "LOCALE", defaultValue = "en-US",
            description = "en-US (default: the three sets are American English, 3/4 is 4 March) or en-GB.")
    String dateOrder;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(path)) throw new IllegalArgumentException(path + ": no such file or folder");
        long started = System.nanoTime();
        Runner runner = new Runner(Factlint.builder().dayFirst(dayFirst()).build());
        PrintWriter out = spec.commandLine().getOut();
        List<Failure> failures = new ArrayList<>();
        switch (dataset) {
            case timeml -> {
                TimeMlEval.Result result = new TimeMlEval(runner::claims).run(TimeMlEval.files(path, limit));
                out.print(Tables.timeml(result));
                failures = result.failures();
            }
            case recognizers -> {
                RecognizersSpecs.Loaded loaded = RecognizersSpecs.load(path, skipAllUnsupported, limit);
                CaseEval.Result scored = new CaseEval(runner::claims).score(loaded.cases(), loaded.skipped());
                CaseEval.Result result = new CaseEval.Result(RecognizersSpecs.withDatesRow(scored.counts()), scored.failures(),
                        scored.skipped());
                out.print(Tables.cases(result, RecognizersSpecs.NEWS_CATEGORIES));
                failures = result.failures();
            }
            case duckling -> {
                DucklingCorpus.Loaded loaded = DucklingCorpus.load(path, limit);
                CaseEval.Result result = new CaseEval(runner::claims).score(loaded.cases(), loaded.skipped());
                out.print(Tables.cases(result, Set.of("Time", "Duration", "AmountOfMoney")));
                failures = result.failures();
            }
        }
        out.print(Tables.failures(failures, showFailures));
        if (failuresTsv != null) {
            List<String> lines = new ArrayList<>(List.of("kind\tcategory\tsource\texpected\tgot\tcontext"));
            failures.forEach(f -> lines.add(f.tsv()));
            Files.write(failuresTsv, lines, StandardCharsets.UTF_8);
        }
        out.printf("(date order %s; %.1f s)%n", dateOrder, (System.nanoTime() - started) / 1e9);
        out.flush();
        return Main.OK;
    }

    private boolean dayFirst() {
        return switch (dateOrder) {
            case "en-GB" -> true;
            case "en-US" -> false;
            default -> throw new IllegalArgumentException("--date-order: '" + dateOrder + "' is not en-GB or en-US");
        };
    }
}
