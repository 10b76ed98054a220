package org.factlint.server;

import io.javalin.http.Context;

/**
 * Cross-origin access for exactly one origin given with {@code --cors}, none by default: without
 * CORS headers a browser page from elsewhere cannot read the API's answers.
 */
final class CorsPolicy {
    private final String allowedOrigin;

    CorsPolicy(String allowedOrigin) {
        this.allowedOrigin = allowedOrigin == null || allowedOrigin.isBlank() ? null : allowedOrigin;
    }

    boolean enabled() {
        return allowedOrigin != null;
    }

    void apply(Context ctx) {
        if (allowedOrigin == null) return;
        ctx.header("Vary", "Origin");
        if (allowedOrigin.equals(ctx.header("Origin"))) {
            ctx.header("Access-Control-Allow-Origin", allowedOrigin);
        }
    }

    /** Answers a preflight request (the headers of {@link #apply} are already set). */
    void preflight(Context ctx) {
        if (allowedOrigin.equals(ctx.header("Origin"))) {
            ctx.header("Access-Control-Allow-Methods", "GET, POST");
            ctx.header("Access-Control-Allow-Headers", "Content-Type");
            ctx.header("Access-Control-Max-Age", "600");
        }
        ctx.status(204);
    }
}
