package org.mtainterop.run;

/**
 * A target as the user wrote it: {@code HOST}, {@code HOST:PORT}, {@code [IPv6]:PORT}. Port 25 by default.
 */
public record TargetSpec(String host, int port) {

    public static TargetSpec parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("--target: empty value (expected HOST or HOST:PORT)");
        }
        String host = t;
        String port = null;
        if (t.startsWith("[")) {
            int close = t.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("--target '" + text + "': missing ']' after the IPv6 address");
            }
            host = t.substring(1, close);
            if (close + 1 < t.length()) {
                if (t.charAt(close + 1) != ':') {
                    throw new IllegalArgumentException("--target '" + text + "': expected ':PORT' after ']'");
                }
                port = t.substring(close + 2);
            }
        } else if (t.indexOf(':') >= 0 && t.indexOf(':') == t.lastIndexOf(':')) {
            host = t.substring(0, t.indexOf(':'));
            port = t.substring(t.indexOf(':') + 1);
        }
        if (host.isEmpty() || !host.matches("[A-Za-z0-9.:_-]+")) {
            throw new IllegalArgumentException("--target '" + text + "': not a host name or address");
        }
        return new TargetSpec(host, port == null ? 25 : parsePort(text, port));
    }

    private static int parsePort(String text, String port) {
        try {
            int p = Integer.parseInt(port);
            if (p >= 1 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("--target '" + text + "': port must be 1-65535");
    }

    public String display() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
