package org.factlint.rates;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;

/**
 * Downloads the ECB history ({@code eurofxref-hist.zip}) into the user cache that {@link ExchangeRates}
 * reads. The download is parsed before it replaces the cache, and the replacement is an atomic move,
 * so a failed or truncated download never leaves a broken cache behind.
 */
public final class RatesUpdater {
    public static final URI ECB_HISTORY = URI.create("https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip");
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final URI source;

    public RatesUpdater() {
        this(ECB_HISTORY);
    }

    /** @param source where to download from (tests point this at a loopback server) */
    public RatesUpdater(URI source) {
        this.source = source;
    }

    /** What an update fetched, for the CLI to print. */
    public record Summary(Path file, LocalDate firstDate, LocalDate lastDate, int currencyCount, long bytes) {
        @Override
        public String toString() {
            return "ECB rates " + firstDate + " to " + lastDate + ", " + currencyCount
                    + " currencies (incl. EUR), " + bytes + " bytes, saved to " + file;
        }
    }

    /**
     * Downloads, validates and atomically installs the rates at {@code cacheFile}.
     *
     * @throws RatesException offline, HTTP error, invalid content, or the cache cannot be written
     */
    public Summary update(Path cacheFile) {
        Path dir = cacheFile.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, cacheFile.getFileName() + ".", ".part");
            download(temp);
            RateTable table = validate(temp);
            long bytes = Files.size(temp);
            move(temp, cacheFile);
            temp = null;
            return new Summary(cacheFile, table.firstDate(), table.lastDate(), table.currencies().size(), bytes);
        } catch (IOException e) {
            throw new RatesException("cannot write ECB rates to " + cacheFile + ": " + describe(e), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private void download(Path target) {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HttpRequest request = HttpRequest.newBuilder(source)
                .timeout(REQUEST_TIMEOUT)
                .header("User-Agent", "factlint rates updater")
                .GET()
                .build();
        HttpResponse<Path> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofFile(target));
        } catch (IOException e) {
            throw downloadFailure(describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw downloadFailure("interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw downloadFailure("HTTP " + response.statusCode(), null);
        }
    }

    private RateTable validate(Path downloaded) {
        try {
            return RateFiles.read(downloaded);
        } catch (RatesException e) {
            // The message names the temp file; what matters to the user is where it came from.
            String path = source.getPath() == null ? "" : source.getPath();
            String downloadName = path.substring(path.lastIndexOf('/') + 1);
            throw new RatesException("ECB rates downloaded from " + source + " are not valid: "
                    + e.getMessage().replace(downloaded.toString(), downloadName.isEmpty() ? "download" : downloadName), e);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private RatesException downloadFailure(String cause, Throwable e) {
        return new RatesException("cannot download ECB rates from " + source + ": " + cause
                + "; check the network, or pass --rates FILE", e);
    }

    /** HttpClient exceptions often carry no message (ConnectException), so name the kind of failure. */
    private static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException) {
                return "connection timed out after " + CONNECT_TIMEOUT.toSeconds() + " s";
            }
            if (t instanceof HttpTimeoutException) {
                return "no complete answer within " + REQUEST_TIMEOUT.toSeconds() + " s";
            }
            if (t instanceof UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return "unknown host";
            }
            if (t instanceof ConnectException) {
                return "connection refused or unreachable";
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage().replaceAll("\\s+", " ").trim();
            }
        }
        return e.getClass().getSimpleName();
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a stray .part file in the cache folder is harmless
            }
        }
    }
}
