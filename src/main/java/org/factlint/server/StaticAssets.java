package org.factlint.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The web page's three files, read from the jar once at start-up. Served from memory under fixed
 * paths, so no request can name a file to read.
 */
final class StaticAssets {
    private static final String FOLDER = "/org/factlint/server/web/";

    record Asset(byte[] bytes, String contentType) {}

    private final Map<String, Asset> byPath = new LinkedHashMap<>();

    StaticAssets() {
        byPath.put("/", load("index.html", "text/html; charset=utf-8"));
        byPath.put("/app.js", load("app.js", "text/javascript; charset=utf-8"));
        byPath.put("/app.css", load("app.css", "text/css; charset=utf-8"));
    }

    Map<String, Asset> all() {
        return byPath;
    }

    private static Asset load(String file, String contentType) {
        try (InputStream in = StaticAssets.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) throw new IllegalStateException("missing web asset " + FOLDER + file);
            return new Asset(in.readAllBytes(), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
