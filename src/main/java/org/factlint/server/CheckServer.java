package org.factlint.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import org.factlint.ingest.SourceDocument;

/**
 * {@code factlint serve}: the web page and the JSON API over one loaded checker. Start with
 * {@link #start}; {@link #close} stops it.
 */
public final class CheckServer implements AutoCloseable {
    private final Javalin app;
    private final CheckWorkers workers;
    private final String host;

    private CheckServer(Javalin app, CheckWorkers workers, String host) {
        this.app = app;
        this.workers = workers;
        this.host = host;
    }

    public static CheckServer start(DraftChecker checker, String version, ServerOptions options) {
        CheckWorkers workers = new CheckWorkers(options.workers(), options.queue(), options.timeLimit());
        ResultJson json = new ResultJson(version);
        StaticAssets assets = new StaticAssets();
        CorsPolicy cors = new CorsPolicy(options.corsOrigin());
        LoopbackHostCheck hostCheck = new LoopbackHostCheck(options.host());

        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
        });
        app.before(ctx -> {
            SecurityHeaders.apply(ctx);
            cors.apply(ctx);
            hostCheck.verify(ctx.header("Host"));
        });
        assets.all().forEach((path, asset) -> app.get(path, ctx -> {
            ctx.header("Cache-Control", "no-cache");
            ctx.contentType(asset.contentType()).result(asset.bytes());
        }));
        app.get("/health", ctx -> sendJson(ctx, json.health()));
        app.get("/api/rules", ctx -> sendJson(ctx, json.rules(checker.rules())));
        app.post("/api/check", new DraftEndpoint(workers, options.maxBodyBytes(),
                (SourceDocument document, DraftRequest request) ->
                        json.check(checker.check(document), request.includeClaims()))::handle);
        app.post("/api/claims", new DraftEndpoint(workers, options.maxBodyBytes(),
                (SourceDocument document, DraftRequest request) -> json.claims(checker.claims(document)))::handle);
        if (cors.enabled()) app.addHttpHandler(HandlerType.OPTIONS, "/api/*", cors::preflight);

        app.exception(ApiException.class, (error, ctx) -> ErrorResponses.send(ctx, error));
        app.exception(Exception.class, (error, ctx) -> ErrorResponses.send(ctx, error));
        app.error(404, ctx -> ErrorResponses.send(ctx, 404, "not found: " + ctx.method() + " " + ctx.path()));
        app.error(405, ctx -> ErrorResponses.send(ctx, 405, "method not allowed: " + ctx.method() + " " + ctx.path()));
        try {
            app.start(options.host(), options.port());
        } catch (RuntimeException e) {
            workers.close();
            throw e;
        }
        return new CheckServer(app, workers, options.host());
    }

    private static void sendJson(Context ctx, String body) {
        ctx.contentType("application/json").result(body);
    }

    /** The port bound (useful with port 0). */
    public int port() {
        return app.port();
    }

    public URI uri() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + shown + ":" + port() + "/");
    }

    @Override
    public void close() {
        app.stop();
        workers.close();
    }
}
