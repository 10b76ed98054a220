package org.factlint.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.factlint.rates.ExchangeRates;
import org.factlint.rates.RatesUpdater;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code factlint rates update}: the one command that uses the network. */
@Command(name = "rates", mixinStandardHelpOptions = true, description = "Manage the ECB exchange-rate history.",
        subcommands = {RatesCommand.Update.class})
final class RatesCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "update", mixinStandardHelpOptions = true,
            description = "Download the ECB reference-rate history into the user cache.")
    static final class Update implements Callable<Integer> {
        @Option(names = "--cache", paramLabel = "FILE", description = "Where to store it (default: the user cache).")
        Path cache;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Path target = cache != null ? cache : ExchangeRates.defaultCacheFile(System.getenv());
            var summary = new RatesUpdater().update(target);
            spec.commandLine().getOut().println(summary);
            return Main.OK;
        }
    }
}
