package org.mtainterop.dns;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the harness asks DNS.
 *
 * @param resolver    the resolver to ask; empty means the system's first resolver (resolv.conf)
 * @param trustAnchor a file of DS or DNSKEY lines ({@link TrustAnchors#load}); present means the harness
 *                    validates itself ({@link ValidationMode#HARNESS}), empty means the resolver's AD bit is trusted
 * @param timeout     how long one query (one UDP or TCP exchange) may take
 * @param deadline    how long one {@link DnsLookup#lookup} may take in all (retries, TCP fallback, the
 *                    validator's DNSKEY/DS queries)
 * @param clock       the validator's notion of now, for RRSIG inception/expiration (time travel in tests)
 */
public record DnsResolverSettings(Optional<InetSocketAddress> resolver, Optional<Path> trustAnchor,
                                  Duration timeout, Duration deadline, Clock clock) {

    public static final int DNS_PORT = 53;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(10);

    public DnsResolverSettings {
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(trustAnchor, "trustAnchor");
        Objects.requireNonNull(clock, "clock");
        if (timeout.isNegative() || timeout.isZero() || deadline.compareTo(timeout) < 0) {
            throw new IllegalArgumentException("DNS timeout must be positive and at most the deadline: " + timeout + " / " + deadline);
        }
    }

    /** The system resolver, its AD bit trusted, default timeouts. */
    public static DnsResolverSettings system() {
        return new DnsResolverSettings(Optional.empty(), Optional.empty(), DEFAULT_TIMEOUT, DEFAULT_DEADLINE, Clock.systemUTC());
    }

    /** A named resolver, its AD bit trusted, default timeouts. */
    public static DnsResolverSettings resolver(InetSocketAddress address) {
        return system().withResolver(address);
    }

    /**
     * Parses {@code HOST[:PORT]} as the CLI's {@code --resolver} takes it: an IPv4 address or name, optional
     * port (default 53); IPv6 as {@code [::1]:5353} or a bare {@code ::1}.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static InetSocketAddress parseResolver(String text) {
        String value = text.strip();
        String host = value;
        int port = DNS_PORT;
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("resolver '" + text + "': missing ']' after the IPv6 address");
            }
            host = value.substring(1, close);
            String rest = value.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    throw new IllegalArgumentException("resolver '" + text + "': expected ':PORT' after ']'");
                }
                port = port(rest.substring(1), text);
            }
        } else if (value.indexOf(':') >= 0 && value.indexOf(':') == value.lastIndexOf(':')) {
            host = value.substring(0, value.indexOf(':'));
            port = port(value.substring(value.indexOf(':') + 1), text);
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("resolver '" + text + "': no host (expected HOST[:PORT])");
        }
        return InetSocketAddress.createUnresolved(host, port);
    }

    private static int port(String digits, String text) {
        try {
            int port = Integer.parseInt(digits);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("resolver '" + text + "': port '" + digits + "' is not 1..65535");
        }
    }

    public DnsResolverSettings withResolver(InetSocketAddress address) {
        return new DnsResolverSettings(Optional.of(address), trustAnchor, timeout, deadline, clock);
    }

    public DnsResolverSettings withTrustAnchor(Path file) {
        return new DnsResolverSettings(resolver, Optional.of(file), timeout, deadline, clock);
    }

    public DnsResolverSettings withTimeouts(Duration perQuery, Duration perLookup) {
        return new DnsResolverSettings(resolver, trustAnchor, perQuery, perLookup, clock);
    }

    public DnsResolverSettings withClock(Clock validationClock) {
        return new DnsResolverSettings(resolver, trustAnchor, timeout, deadline, validationClock);
    }

    /** The mode lookups made with these settings run in. */
    public ValidationMode mode() {
        return trustAnchor.isPresent() ? ValidationMode.HARNESS : ValidationMode.RESOLVER_AD_BIT;
    }
}
