package org.mtainterop.run;

import java.util.Objects;
import org.mtainterop.net.MailService;

/**
 * A target as the user wrote it: {@code HOST}, {@code HOST:PORT}, {@code [IPv6]:PORT}, or a URL naming the
 * service, {@code imap://HOST[:PORT]} (schemes: the {@link MailService} labels). Without a port, the
 * service's default port (25 for smtp).
 */
public record TargetSpec(String host, int port, MailService service) {
    public TargetSpec {
        Objects.requireNonNull(service, "service");
    }

    /** An SMTP target (port 25 service). */
    public TargetSpec(String host, int port) {
        this(host, port, MailService.SMTP);
    }

    public static TargetSpec parse(String text) {
        return parse(text, MailService.SMTP);
    }

    /** Parses one {@code --target} value; a URL's scheme wins over {@code defaultService} (from --service). */
    public static TargetSpec parse(String text, MailService defaultService) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("--target: empty value (expected HOST or HOST:PORT)");
        }
        MailService service = defaultService;
        int scheme = t.indexOf("://");
        if (scheme >= 0) {
            try {
                service = MailService.parse(t.substring(0, scheme));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--target '" + text + "': " + e.getMessage());
            }
            t = t.substring(scheme + 3);
            if (t.endsWith("/")) {
                t = t.substring(0, t.length() - 1);
            }
            if (t.isEmpty()) {
                throw new IllegalArgumentException("--target '" + text + "': no host after '://'");
            }
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
        return new TargetSpec(host, port == null ? service.defaultPort() : parsePort(text, port), service);
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

    /** {@code host:port} for SMTP (as before services existed), {@code imap://host:port} for the others. */
    public String display() {
        String address = (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
        return service == MailService.SMTP ? address : service.label() + "://" + address;
    }
}
