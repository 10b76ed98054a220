package org.factlint.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factlint.server.TestServers.post;
import static org.factlint.server.TestServers.postJson;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every refusal is JSON {"error": ...} with the status that says why. */
class ErrorStatusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static CheckServer server;

    @BeforeAll
    static void startServer() {
        server = TestServers.start(TestServers.options().withMaxBodyBytes(1000));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static void assertError(HttpResponse<String> response, int status, String messagePart) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains(messagePart);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{bad json                                        | malformed JSON",
            "`[\"text\"]`                                     | must be a JSON object",
            "`{\"text\": \"a\"} {}`                           | malformed JSON",
            "`{\"format\": \"md\"}`                           | \"text\" is missing",
            "`{\"text\": \"\"}`                               | \"text\" is empty",
            "`{\"text\": \"  \\n \"}`                         | \"text\" is empty",
            "`{\"text\": 42}`                                 | \"text\" must be a string",
            "`{\"text\": \"a\", \"format\": \"docx\"}`        | unknown \"format\"",
            "`{\"text\": \"a\", \"date\": \"2025-02-30\"}`    | is not a date",
            "`{\"text\": \"a\", \"date\": \"25 Feb 2025\"}`   | is not a date",
            "`{\"text\": \"a\", \"data\": \"2025-02-25\"}`    | unknown field \"data\"",
            "`{\"text\": \"a\", \"text\": \"b\"}`             | malformed JSON",
            "`{\"text\": \"a\\u0000b\"}`                      | binary",
            "`{\"text\": \"---\\ndate: [\\n---\\nx\", \"format\": \"md\"}` | \"text\"",
    })
    void badInputIs400(String body, String messagePart) throws Exception {
        assertError(postJson(server, "/api/check", body), 400, messagePart);
    }

    @Test
    void emptyBodyIs400() throws Exception {
        assertError(postJson(server, "/api/claims", ""), 400, "empty body");
    }

    @Test
    void bodyOverTheLimitIs413() throws Exception {
        String body = "{\"text\": \"" + "word ".repeat(300) + "\"}";
        assertError(postJson(server, "/api/check", body), 413, "too large");
    }

    @Test
    void wrongOrMissingContentTypeIs415() throws Exception {
        assertError(post(server, "/api/check", "text/plain", "{\"text\": \"a\"}"), 415, "application/json");
        assertError(post(server, "/api/check", "application/x-www-form-urlencoded", "text=a"), 415, "application/json");
        assertError(post(server, "/api/claims", null, "{\"text\": \"a\"}"), 415, "application/json");
        assertError(post(server, "/api/claims", "application/json; charset=iso-8859-1", "{\"text\": \"a\"}"), 415, "UTF-8");
        assertThat(post(server, "/api/claims", "application/json; charset=UTF-8", "{\"text\": \"a\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownPathIs404Json() throws Exception {
        assertError(TestServers.get(server, "/etc/passwd"), 404, "not found");
        // Jetty itself refuses a path that climbs out of the root (400) before any handler sees it.
        HttpResponse<String> climbing = TestServers.get(server, "/../../etc/passwd");
        assertThat(climbing.statusCode()).isIn(400, 404);
        assertThat(climbing.body()).doesNotContain("root:");
    }

    @Test
    void fullPoolAndQueueIs429WithRetryAfter() throws Exception {
        GatedChecker gated = new GatedChecker();
        ServerOptions tiny = TestServers.options().withWorkers(1).withQueue(0);
        try (CheckServer busy = CheckServer.start(gated, "test", tiny)) {
            CompletableFuture<HttpResponse<String>> first = TestServers.HTTP.sendAsync(
                    TestServers.postRequest(busy.uri().resolve("/api/check"), "application/json", "{\"text\": \"one\"}"),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(gated.started.await(10, TimeUnit.SECONDS)).isTrue();

            HttpResponse<String> second = postJson(busy, "/api/check", "{\"text\": \"two\"}");

            assertError(second, 429, "too many requests");
            assertThat(second.headers().firstValue("Retry-After")).hasValue("1");
            gated.release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        } finally {
            gated.release.countDown();
        }
    }

    @Test
    void checkOverTheTimeLimitIs503() throws Exception {
        GatedChecker gated = new GatedChecker();
        ServerOptions quick = TestServers.options().withTimeLimit(Duration.ofMillis(200));
        try (CheckServer slow = CheckServer.start(gated, "test", quick)) {
            long start = System.nanoTime();
            HttpResponse<String> response = postJson(slow, "/api/check", "{\"text\": \"slow\"}");

            assertError(response, 503, "time limit");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        } finally {
            gated.release.countDown();
        }
    }

    @Test
    void foreignHostHeaderIs403() throws Exception {
        // HttpClient will not set Host, so this request is written by hand (as a DNS-rebinding page's would arrive).
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /health HTTP/1.1\r\nHost: attacker.example:" + server.port() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 403").contains("\"error\"");
        }
    }
}
