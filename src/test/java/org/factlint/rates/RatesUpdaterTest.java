package org.factlint.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the updater against a loopback server only; no real host is ever contacted. */
class RatesUpdaterTest {
    @TempDir
    Path dir;

    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve("/stats/eurofxref/eurofxref-hist.zip", 200, RateFixtures.zipBytes("eurofxref-hist.csv", RateFixtures.CSV));
        serve("/garbage.zip", 200, "<html>Service unavailable</html>".getBytes(StandardCharsets.UTF_8));
        serve("/bad-row.zip", 200, RateFixtures.zipBytes("eurofxref-hist.csv", "Date,USD,\n2025-02-25,abc,\n"));
        serve("/gone.zip", 404, "not found".getBytes(StandardCharsets.UTF_8));
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void serve(String path, int status, byte[] body) {
        server.createContext(path, exchange -> {
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void downloadsValidatesAndInstallsTheHistory() {
        Path cache = dir.resolve("cache/factlint/eurofxref-hist.zip");

        RatesUpdater.Summary summary = new RatesUpdater(url("/stats/eurofxref/eurofxref-hist.zip")).update(cache);

        assertThat(summary.firstDate()).isEqualTo(LocalDate.of(2025, 2, 20));
        assertThat(summary.lastDate()).isEqualTo(LocalDate.of(2025, 2, 25));
        assertThat(summary.currencyCount()).isEqualTo(5); // USD JPY BGN GBP + EUR; CYP only N/A
        assertThat(summary.file()).isEqualTo(cache);
        assertThat(summary.toString()).contains("2025-02-20 to 2025-02-25", "5 currencies", cache.toString());
        assertThat(new ExchangeRates(null, Map.of(), cache).quote("USD", "GBP", LocalDate.of(2025, 2, 25)))
                .get().extracting(RateQuote::source).isEqualTo("ECB reference rates, eurofxref-hist.zip");
        assertThat(filesIn(cache.getParent())).containsExactly(cache);
    }

    @Test
    void replacesAnOlderCache() throws IOException {
        Path cache = RateFixtures.write(dir.resolve("eurofxref-hist.zip"), "Date,USD,\n2024-06-03,1.0842,\n");

        new RatesUpdater(url("/stats/eurofxref/eurofxref-hist.zip")).update(cache);

        assertThat(RateFiles.read(cache).lastDate()).isEqualTo(LocalDate.of(2025, 2, 25));
    }

    @Test
    void httpErrorKeepsTheOldCache() throws IOException {
        Path cache = RateFixtures.write(dir.resolve("eurofxref-hist.zip"), "Date,USD,\n2024-06-03,1.0842,\n");
        URI gone = url("/gone.zip");

        assertThatThrownBy(() -> new RatesUpdater(gone).update(cache))
                .isInstanceOf(RatesException.class)
                .hasMessage("cannot download ECB rates from " + gone + ": HTTP 404; check the network, or pass --rates FILE");
        assertThat(RateFiles.read(cache).lastDate()).isEqualTo(LocalDate.of(2024, 6, 3));
        assertThat(filesIn(dir)).containsExactly(cache);
    }

    @Test
    void invalidDownloadIsRejectedBeforeItReplacesTheCache() {
        Path cache = dir.resolve("eurofxref-hist.zip");

        assertThatThrownBy(() -> new RatesUpdater(url("/garbage.zip")).update(cache))
                .isInstanceOf(RatesException.class)
                .hasMessageStartingWith("ECB rates downloaded from " + url("/garbage.zip") + " are not valid: ");
        assertThatThrownBy(() -> new RatesUpdater(url("/bad-row.zip")).update(cache))
                .hasMessage("ECB rates downloaded from " + url("/bad-row.zip") + " are not valid: "
                        + "bad-row.zip!eurofxref-hist.csv line 2: 'abc' is not a number for USD");
        assertThat(cache).doesNotExist();
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void offlineGivesAOneLineHint() throws IOException {
        int unusedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            unusedPort = probe.getLocalPort();
        }
        URI offline = URI.create("http://127.0.0.1:" + unusedPort + "/eurofxref-hist.zip");

        assertThatThrownBy(() -> new RatesUpdater(offline).update(dir.resolve("eurofxref-hist.zip")))
                .isInstanceOf(RatesException.class)
                .hasMessage("cannot download ECB rates from " + offline
                        + ": connection refused or unreachable; check the network, or pass --rates FILE");
        assertThat(filesIn(dir)).isEmpty();
    }

    private static List<Path> filesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
