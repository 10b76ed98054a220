package org.factlint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The factlint command line: a thin shell over {@link org.factlint.Factlint}. */
@Command(name = "factlint", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Checks the numbers and dates of news drafts for consistency.",
        subcommands = {CheckCommand.class, ClaimsCommand.class, RulesCommand.class, RatesCommand.class, EvalCommand.class,
                InitCommand.class, ServeCommand.class})
public final class Main implements Runnable {
    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int USAGE_OR_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (used by tests). */
    public static int run(String... args) {
        CommandLine line = new CommandLine(new Main());
        line.setParameterExceptionHandler((e, arguments) -> {
            e.getCommandLine().getErr().println("factlint: " + oneLine(e) + " (see --help)");
            return USAGE_OR_INPUT;
        });
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // No stack traces for users: one line naming the cause. A configuration error names its file and line.
            cmd.getErr().println(e instanceof org.factlint.config.ConfigException ? oneLine(e) : "factlint: " + oneLine(e));
            return USAGE_OR_INPUT;
        });
        return line.execute(args);
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return message.replaceAll("\\s+", " ").trim();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
