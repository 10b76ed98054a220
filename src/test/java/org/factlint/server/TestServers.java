package org.factlint.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.factlint.Factlint;
import org.factlint.engine.RuleLoadException;

/** One real checker for all server tests (loading models and rules takes about a second), and HTTP helpers. */
final class TestServers {
    static final Path SEED_MD = Path.of("seeds/putin-minerals-offer.md");
    static final String VERSION = "test";
    private static Factlint factlint;

    private TestServers() {}

    static synchronized Factlint factlint() {
        if (factlint == null) {
            try {
                factlint = Factlint.builder().ruleFolder(Path.of("rules")).build();
            } catch (RuleLoadException e) {
                throw new IllegalStateException(e);
            }
        }
        return factlint;
    }

    /** Loopback, a free port, default limits otherwise. */
    static ServerOptions options() {
        return ServerOptions.defaults().withPort(0);
    }

    static CheckServer start(ServerOptions options) {
        return CheckServer.start(DraftChecker.of(factlint()), VERSION, options);
    }

    static String seed() {
        try {
            return Files.readString(SEED_MD, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static HttpResponse<String> get(CheckServer server, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(CheckServer server, String path, String contentType, String body) throws Exception {
        return HTTP.send(postRequest(server.uri().resolve(path), contentType, body), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest postRequest(URI uri, String contentType, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) builder.header("Content-Type", contentType);
        return builder.build();
    }

    static HttpResponse<String> postJson(CheckServer server, String path, String body) throws Exception {
        return post(server, path, "application/json", body);
    }
}
