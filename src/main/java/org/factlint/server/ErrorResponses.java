package org.factlint.server;

import io.javalin.http.Context;

/** Every error as {@code {"error": message}} with its status; unexpected failures say no more than that. */
final class ErrorResponses {
    private ErrorResponses() {}

    static void send(Context ctx, Throwable error) {
        if (error instanceof ApiException api) {
            if (api.retryAfterSeconds() != null) ctx.header("Retry-After", api.retryAfterSeconds().toString());
            send(ctx, api.status(), api.getMessage());
        } else {
            // Internals (stack traces, class names) stay out of responses; the operator sees them on stderr.
            System.err.println("factlint serve: " + ctx.method() + " " + ctx.path() + ": " + error);
            send(ctx, 500, "internal error");
        }
    }

    static void send(Context ctx, int status, String message) {
        ctx.status(status).contentType("application/json").result(ResultJson.error(message));
    }
}
