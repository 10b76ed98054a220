package org.factlint.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.factlint.config.FactlintConfig;
import org.factlint.config.InitTemplates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code factlint init}: writes a commented .factlint.yml and prints CI set-ups to copy. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write a commented .factlint.yml and print CI set-ups (GitHub Actions, pre-commit, GitLab CI).")
final class InitCommand implements Callable<Integer> {
    @Option(names = "--force", description = "Overwrite an existing .factlint.yml.")
    boolean force;

    @Option(names = "--dir", paramLabel = "DIR", description = "Folder to write into (default: the current folder).")
    Path dir = Path.of("");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path target = dir.resolve(FactlintConfig.FILE_NAME);
        if (Files.exists(target) && !force) {
            spec.commandLine().getErr().println("factlint: " + target + " exists; use --force to overwrite it");
            return Main.USAGE_OR_INPUT;
        }
        Files.writeString(target, InitTemplates.CONFIG, StandardCharsets.UTF_8);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Wrote " + target + ".");
        out.println();
        out.println("GitHub Actions:");
        out.println();
        out.print(InitTemplates.GITHUB_ACTIONS);
        out.println();
        out.println("pre-commit:");
        out.println();
        out.print(InitTemplates.PRE_COMMIT);
        out.println();
        out.println("GitLab CI:");
        out.println();
        out.print(InitTemplates.GITLAB_CI);
        out.flush();
        return Main.OK;
    }
}
