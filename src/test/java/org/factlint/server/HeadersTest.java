package org.factlint.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Security headers on everything; CORS only for the one origin named with --cors. */
class HeadersTest {
    private static CheckServer plain;
    private static CheckServer withCors;

    @BeforeAll
    static void startServers() {
        plain = TestServers.start(TestServers.options());
        withCors = TestServers.start(TestServers.options().withCorsOrigin("https://cms.example"));
    }

    @AfterAll
    static void stopServers() {
        plain.close();
        withCors.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/app.js", "/app.css", "/health", "/api/rules", "/nowhere"})
    void securityHeadersOnEveryResponse(String path) throws Exception {
        HttpResponse<String> response = TestServers.get(plain, path);

        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                        + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void errorResponsesCarryThemToo() throws Exception {
        HttpResponse<String> response = TestServers.post(plain, "/api/check", "text/plain", "x");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void noCorsHeaderByDefault() throws Exception {
        HttpResponse<String> response = send(plain, "GET", "/api/rules", "https://cms.example");

        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(send(plain, "OPTIONS", "/api/check", "https://cms.example").headers()
                .firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void corsAllowsOnlyTheNamedOrigin() throws Exception {
        assertThat(send(withCors, "GET", "/api/rules", "https://cms.example").headers()
                .firstValue("Access-Control-Allow-Origin")).hasValue("https://cms.example");
        assertThat(send(withCors, "GET", "/api/rules", "https://evil.example").headers()
                .firstValue("Access-Control-Allow-Origin")).isEmpty();

        HttpResponse<String> preflight = send(withCors, "OPTIONS", "/api/check", "https://cms.example");
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(v -> assertThat(v).contains("POST"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).hasValue("Content-Type");
    }

    private static HttpResponse<String> send(CheckServer server, String method, String path, String origin) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Origin", origin).method(method, HttpRequest.BodyPublishers.noBody()).build();
        return TestServers.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
