package org.factlint.server;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import org.factlint.ingest.DocumentReader;
import org.factlint.ingest.InputException;
import org.factlint.ingest.SourceDocument;

/**
 * {@code POST /api/check} and {@code POST /api/claims}: content type and size are checked on the
 * request thread; reading and analysing the draft run on the bounded {@link CheckWorkers}.
 */
final class DraftEndpoint {
    private final DraftRequestParser parser = new DraftRequestParser();
    private final DocumentReader reader;
    private final CheckWorkers workers;
    private final long maxBodyBytes;
    private final BiFunction<SourceDocument, DraftRequest, String> analyse;

    DraftEndpoint(CheckWorkers workers, long maxBodyBytes, BiFunction<SourceDocument, DraftRequest, String> analyse) {
        this.workers = workers;
        this.maxBodyBytes = maxBodyBytes;
        this.reader = new DocumentReader(maxBodyBytes);
        this.analyse = analyse;
    }

    void handle(Context ctx) throws Exception {
        requireJson(ctx.header("Content-Type"));
        byte[] body = BoundedBody.read(ctx.req().getInputStream(), ctx.req().getContentLengthLong(), maxBodyBytes);
        DraftRequest request = parser.parse(body);
        CompletableFuture<String> result = workers.submit(() -> analyse.apply(read(request), request));
        ctx.future(() -> result.handle((json, error) -> {
            if (error == null) {
                ctx.contentType("application/json").result(json);
            } else {
                ErrorResponses.send(ctx, unwrap(error));
            }
            return null;
        }));
    }

    private SourceDocument read(DraftRequest request) throws ApiException {
        try {
            SourceDocument document = reader.read(request.name(), request.text().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    request.format());
            return request.date() == null ? document : document.withPublicationDate(request.date());
        } catch (InputException e) {
            throw new ApiException(400, "\"text\": " + e.reason());
        }
    }

    /** JSON only: this also keeps other sites' pages from posting here with a plain form or text/plain. */
    static void requireJson(String contentType) throws ApiException {
        if (contentType == null) throw new ApiException(415, "Content-Type must be application/json");
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        if (!parts[0].trim().equals("application/json")) {
            throw new ApiException(415, "Content-Type must be application/json, not " + parts[0].trim());
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim().replace("\"", "");
            if (parameter.startsWith("charset=") && !parameter.equals("charset=utf-8")) {
                throw new ApiException(415, "the body must be UTF-8, not " + parameter.substring(8));
            }
        }
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
