package org.factlint.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.factlint.Factlint;
import org.factlint.engine.RuleDoc;
import org.factlint.config.FactlintConfig;
import org.factlint.config.Policy;
import org.factlint.config.Suppressions;
import org.factlint.engine.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code factlint rules}: the rules in force; {@code rules explain ID}: one rule's doc; {@code rules test}: run the docs' examples. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the rules in force (at the levels set in .factlint.yml).",
        subcommands = {RulesCommand.Explain.class, RulesCommand.Test.class})
final class RulesCommand implements Callable<Integer> {
    @Mixin
    CommonOptionsMixin common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        FactlintConfig config = common.options.loadConfig(List.of());
        Factlint factlint = common.options.build(config);
        config.checkRuleIds(new Policy(config, factlint.rules().keySet()).knownRuleIds());
        List<String[]> rows = new ArrayList<>();
        for (RuleInfo rule : factlint.rules().values()) rows.add(new String[] {rule.id(), rule.severity().label(), rule.summary()});
        // The two engine-level checks on suppression comments (not DRL rules).
        rows.add(new String[] {Suppressions.UNKNOWN, "warning", Suppressions.UNKNOWN_SUMMARY});
        rows.add(new String[] {Suppressions.UNUSED, "info", Suppressions.UNUSED_SUMMARY});
        PrintWriter out = spec.commandLine().getOut();
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        for (String[] row : rows) {
            // The level in force: the rule's own, or as set in .factlint.yml.
            String level = config.disabled().contains(row[0]) ? "off"
                    : config.severities().containsKey(row[0]) ? config.severities().get(row[0]).label() : row[1];
            out.printf("%-" + width + "s  %-7s  %s%n", row[0], level, row[2]);
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
            folders.addAll(common.options.ruleFolders());
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
            org.factlint.RuleExampleRunner runner = new org.factlint.RuleExampleRunner(common.options.ruleFolders());
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
