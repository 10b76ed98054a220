package org.factlint.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * When bound to loopback, only requests addressed to a loopback name are answered. This stops DNS
 * rebinding: a web page whose host name is re-pointed at 127.0.0.1 still sends its own name in
 * {@code Host}, and gets a 403 instead of the API.
 */
final class LoopbackHostCheck {
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    private final boolean active;
    private final String boundHost;

    LoopbackHostCheck(String boundHost) {
        this.boundHost = boundHost.toLowerCase(Locale.ROOT);
        this.active = isLoopback(boundHost);
    }

    void verify(String hostHeader) throws ApiException {
        if (!active) return;
        String name = hostName(hostHeader == null ? "" : hostHeader.toLowerCase(Locale.ROOT));
        if (!LOOPBACK_NAMES.contains(name) && !name.equals(boundHost)) {
            throw new ApiException(403, "this server only answers requests addressed to localhost (Host: "
                    + (hostHeader == null ? "missing" : hostHeader) + ")");
        }
    }

    /** The Host header without its port; IPv6 literals keep their brackets. */
    static String hostName(String header) {
        if (header.startsWith("[")) {
            int close = header.indexOf(']');
            return close < 0 ? header : header.substring(0, close + 1);
        }
        int colon = header.indexOf(':');
        return colon < 0 ? header : header.substring(0, colon);
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
