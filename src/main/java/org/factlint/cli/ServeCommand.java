package org.factlint.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.factlint.Factlint;
import org.factlint.server.CheckServer;
import org.factlint.server.DraftChecker;
import org.factlint.server.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code factlint serve}: the web page and HTTP API, models and rules loaded once. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web page and the JSON API (loopback only unless --host says otherwise).")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = ServerOptions.DEFAULT_HOST,
            description = "Address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 exposes the server to the network).")
    String host;

    @Option(names = "--max-body", defaultValue = "2MB", paramLabel = "SIZE",
            description = "Largest request body, in bytes or with KB/MB (default: ${DEFAULT-VALUE}).")
    String maxBody;

    @Option(names = "--timeout-ms", defaultValue = "10000", paramLabel = "MS",
            description = "Time limit per request, queueing included; 503 after (default: ${DEFAULT-VALUE}).")
    long timeoutMillis;

    @Option(names = "--workers", paramLabel = "N", description = "Checks run at once (default: all cores).")
    int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--queue", defaultValue = "64", paramLabel = "N",
            description = "Checks that may wait for a worker; more get 429 (default: ${DEFAULT-VALUE}).")
    int queue;

    @Option(names = "--cors", paramLabel = "ORIGIN", description = "Allow browser pages from this one origin to call the API.")
    String corsOrigin;

    @Option(names = "--rules", paramLabel = "DIR", description = "Extra folder of .drl rules (repeatable).")
    List<Path> extraRules = new ArrayList<>();

    @Option(names = "--rates", paramLabel = "FILE", description = "ECB rates history (eurofxref-hist.zip or .csv); also FACTLINT_RATES.")
    Path rates;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ServerOptions options = new ServerOptions(host, port, parseSize(maxBody), Duration.ofMillis(timeoutMillis),
                workers, queue, corsOrigin);
        CommonOptions common = new CommonOptions();
        common.extraRules = extraRules;
        common.rates = rates;
        Factlint factlint = common.build();
        CheckServer server = CheckServer.start(DraftChecker.of(factlint), Version.current(), options);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        // The first line names the address, so scripts (and the load benchmark) can find a port chosen with --port 0.
        spec.commandLine().getOut().println("factlint: serving on " + server.uri());
        spec.commandLine().getOut().flush();
        new CountDownLatch(1).await();
        return Main.OK;
    }

    /** "2MB", "512KB", "1000": binary multiples, as a body limit is usually thought of. */
    static long parseSize(String text) {
        String value = text.trim().toUpperCase(Locale.ROOT);
        long unit = 1;
        if (value.endsWith("MB")) unit = 1024L * 1024;
        else if (value.endsWith("KB")) unit = 1024;
        if (unit > 1) value = value.substring(0, value.length() - 2).trim();
        else if (value.endsWith("B")) value = value.substring(0, value.length() - 1).trim();
        try {
            long size = Long.parseLong(value) * unit;
            if (size <= 0) throw new NumberFormatException();
            return size;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--max-body '" + text + "' is not a size (e.g. 2MB, 512KB, 100000)");
        }
    }
}
