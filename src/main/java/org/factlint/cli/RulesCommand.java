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
        subcommands = {RulesCommand.Explain.class})
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
}
