package org.factlint.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.factlint.Factlint;
import org.factlint.config.FactlintConfig;
import org.factlint.config.Policy;
import org.factlint.config.Suppressions;
import org.factlint.engine.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code factlint rules}: the rules in force, with id, severity and summary. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the rules in force (at the levels set in .factlint.yml).")
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
}
