package org.factlint.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A reported file path as a URI reference for SARIF: relative to the base folder (the current
 * directory) with forward slashes when the file lies inside it, so results match across checkouts;
 * otherwise the path as given. Characters a URI path cannot hold (spaces, '%', '#', '?', non-ASCII)
 * are percent-encoded as UTF-8.
 */
final class ArtifactUri {
    private ArtifactUri() {}

    /** The path relative to {@code base} with forward slashes, or the path as given when outside it. */
    static String relativePath(String path, Path base) {
        String given = path.replace('\\', '/');
        try {
            Path absoluteBase = base.toAbsolutePath().normalize();
            Path file = absoluteBase.resolve(path).normalize();
            if (!file.startsWith(absoluteBase) || file.equals(absoluteBase)) return given;
            return absoluteBase.relativize(file).toString().replace('\\', '/');
        } catch (InvalidPathException e) {
            return given;
        }
    }

    /** Whether {@link #relativePath} made the path relative to the base (SARIF then names the base). */
    static boolean isInside(String path, Path base) {
        try {
            Path absoluteBase = base.toAbsolutePath().normalize();
            Path file = absoluteBase.resolve(path).normalize();
            return file.startsWith(absoluteBase) && !file.equals(absoluteBase);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    static String uri(String path, Path base) {
        return encode(relativePath(path, base));
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters, sub-delims, ':', '@' and '/'. */
    static String encode(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
