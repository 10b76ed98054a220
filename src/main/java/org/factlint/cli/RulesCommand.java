package org.factlint.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.factlint.Factlint;
import org.factlint.engine.RuleDoc;
import org.factlint.engine.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code factlint rules}: the rules in force; {@code factlint rules explain ID}: one rule's doc. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the rules in force.",
        subcommands = {RulesCommand.Explain.class, RulesCommand.Test.class})
final class RulesCommand implements Callable<Integer> {
    @Mixin
    CommonOptionsMixin common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Factlint factlint = common.options.build();
        PrintWriter out = spec.commandLine().getOut();
        int width = factlint.rules().keySet().stream().mapToInt(String::length).max().orElse(0);
        for (RuleInfo rule : factlint.rules().values()) {
            out.printf("%-" + width + "s  %-7s  %s%n", rule.id(), rule.severity().label(), rule.summary());
        }
        out.flush();
        return Main.OK;
    }

    @Command(name = "explain", mixinStandardHelpOptions = true,
            description = "Print a rule's documentation, with examples that flag and examples that must not.")
    static final class Explain implements Callable<Integer> {
        @Mixin
        CommonOptionsMixin common;

        @Parameters(paramLabel = "RULE-ID", description = "A rule id, as listed by 'factlint rules'.")
        String id;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Factlint factlint = common.options.build();
            RuleInfo rule = factlint.rules().get(id);
            if (rule == null) {
                throw new IllegalArgumentException("unknown rule id '" + id + "' (see 'factlint rules')");
            }
            List<Path> folders = new ArrayList<>();
            folders.add(rule.file().getParent());
            folders.add(CommonOptions.projectRules());
            folders.addAll(common.options.extraRules);
            Path doc = RuleDoc.find(folders, id);
            PrintWriter out = spec.commandLine().getOut();
            if (doc == null) {
                out.printf("%s (%s): %s%nNo documentation: write %s%n", rule.id(), rule.severity().label(), rule.summary(),
                        rule.file().resolveSibling(id + ".md"));
            } else {
                out.print(Files.readString(doc));
            }
            out.flush();
            return Main.OK;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Run every example of every rule doc (the project's rules and --rules folders).")
    static final class Test implements Callable<Integer> {
        @Mixin
        CommonOptionsMixin common;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            List<Path> folders = new ArrayList<>();
            folders.add(CommonOptions.projectRules());
            folders.addAll(common.options.extraRules);
            org.factlint.RuleExampleRunner runner = new org.factlint.RuleExampleRunner(folders);
            PrintWriter out = spec.commandLine().getOut();
            int failed = 0;
            List<org.factlint.engine.RuleDoc.Example> examples = runner.examples();
            for (org.factlint.engine.RuleDoc.Example example : examples) {
                org.factlint.RuleExampleRunner.Outcome outcome = runner.run(example);
                if (!outcome.passed()) failed++;
                out.printf("%s  %s: %s%n", outcome.passed() ? "ok  " : "FAIL", example, outcome.detail());
            }
            List<String> undocumented = runner.undocumented();
            for (String problem : undocumented) out.println("FAIL  " + problem);
            out.printf("%d passed, %d failed%n", examples.size() - failed, failed + undocumented.size());
            out.flush();
            return failed + undocumented.size() == 0 ? Main.OK : Main.FINDINGS;
        }
    }
}
