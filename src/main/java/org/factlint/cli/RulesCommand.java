package org.factlint.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.factlint.Factlint;
import org.factlint.engine.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code factlint rules}: the rules in force, with id, severity and summary. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the rules in force.")
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
}
