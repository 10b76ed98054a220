package org.factlint.server;

import java.time.Duration;

/**
 * How the server runs. The defaults are safe for a newsroom laptop: loopback only, 2 MB bodies,
 * 10 s per request, one worker per core and a short queue.
 *
 * @param host         address to bind (loopback unless told otherwise)
 * @param port         TCP port; 0 picks a free one
 * @param maxBodyBytes largest request body accepted (413 above)
 * @param timeLimit    longest a check may take, queueing included (503 after)
 * @param workers      checks run at once
 * @param queue        checks waiting for a worker before new ones get 429
 * @param corsOrigin   the one origin allowed to call the API from a browser, or null for none
 */
public record ServerOptions(String host, int port, long maxBodyBytes, Duration timeLimit, int workers, int queue,
                            String corsOrigin) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY = 2L * 1024 * 1024;
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);
    public static final int DEFAULT_QUEUE = 64;

    public ServerOptions {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
        if (maxBodyBytes <= 0) throw new IllegalArgumentException("max body must be positive: " + maxBodyBytes);
        if (timeLimit.isNegative() || timeLimit.isZero()) throw new IllegalArgumentException("time limit must be positive");
        if (workers < 1) throw new IllegalArgumentException("workers must be at least 1: " + workers);
        if (queue < 0) throw new IllegalArgumentException("queue must not be negative: " + queue);
    }

    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_BODY, DEFAULT_TIME_LIMIT,
                Runtime.getRuntime().availableProcessors(), DEFAULT_QUEUE, null);
    }

    public ServerOptions withHost(String value) {
        return new ServerOptions(value, port, maxBodyBytes, timeLimit, workers, queue, corsOrigin);
    }

    public ServerOptions withPort(int value) {
        return new ServerOptions(host, value, maxBodyBytes, timeLimit, workers, queue, corsOrigin);
    }

    public ServerOptions withMaxBodyBytes(long value) {
        return new ServerOptions(host, port, value, timeLimit, workers, queue, corsOrigin);
    }

    public ServerOptions withTimeLimit(Duration value) {
        return new ServerOptions(host, port, maxBodyBytes, value, workers, queue, corsOrigin);
    }

    public ServerOptions withWorkers(int value) {
        return new ServerOptions(host, port, maxBodyBytes, timeLimit, value, queue, corsOrigin);
    }

    public ServerOptions withQueue(int value) {
        return new ServerOptions(host, port, maxBodyBytes, timeLimit, workers, value, corsOrigin);
    }

    public ServerOptions withCorsOrigin(String value) {
        return new ServerOptions(host, port, maxBodyBytes, timeLimit, workers, queue, value);
    }
}
