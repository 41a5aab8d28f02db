package org.mtainterop.receiver;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * How a {@link ReferenceReceiver} behaves: the name it greets with, whether it offers STARTTLS (an empty
 * {@code starttls} means STARTTLS is neither advertised nor accepted), and the bounds on each session.
 *
 * @param hostname              the name in the 220 banner and the EHLO greeting
 * @param starttls              the server TLS context used after STARTTLS; empty = plaintext only
 * @param enabledProtocols      TLS versions offered in the handshake, e.g. TLSv1.3 and TLSv1.2
 * @param maxMessageBytes       SIZE advertised in EHLO; a larger message gets 552 (RFC 1870 §6)
 * @param readTimeout           how long the receiver waits for each client line or handshake message
 * @param maxConcurrentSessions sessions served at once; further connections get 421
 */
public record ReceiverSettings(String hostname, Optional<SSLContext> starttls, List<String> enabledProtocols,
                               long maxMessageBytes, Duration readTimeout, int maxConcurrentSessions) {

    public static final List<String> DEFAULT_PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");
    public static final long DEFAULT_MAX_MESSAGE_BYTES = 10L * 1024 * 1024;
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_CONCURRENT_SESSIONS = 32;

    public ReceiverSettings {
        if (hostname == null || hostname.isBlank() || hostname.chars().anyMatch(c -> c <= ' ' || c >= 0x7f)) {
            throw new IllegalArgumentException("not a host name for a banner: '" + hostname + "'");
        }
        Objects.requireNonNull(starttls, "starttls");
        enabledProtocols = List.copyOf(enabledProtocols);
        if (starttls.isPresent() && enabledProtocols.isEmpty()) {
            throw new IllegalArgumentException("STARTTLS needs at least one enabled TLS protocol");
        }
        if (maxMessageBytes < 1) {
            throw new IllegalArgumentException("maxMessageBytes must be positive: " + maxMessageBytes);
        }
        if (readTimeout == null || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("readTimeout must be positive: " + readTimeout);
        }
        if (maxConcurrentSessions < 1) {
            throw new IllegalArgumentException("maxConcurrentSessions must be positive: " + maxConcurrentSessions);
        }
    }

    /** A receiver that offers no STARTTLS, with default bounds. */
    public static ReceiverSettings plaintext(String hostname) {
        return new ReceiverSettings(hostname, Optional.empty(), DEFAULT_PROTOCOLS, DEFAULT_MAX_MESSAGE_BYTES,
                DEFAULT_READ_TIMEOUT, DEFAULT_MAX_CONCURRENT_SESSIONS);
    }

    /** A receiver that offers STARTTLS with {@code tls}, TLS 1.3 and 1.2, and default bounds. */
    public static ReceiverSettings starttls(String hostname, SSLContext tls) {
        return plaintext(hostname).withStarttls(tls);
    }

    public ReceiverSettings withStarttls(SSLContext tls) {
        return new ReceiverSettings(hostname, Optional.of(tls), enabledProtocols, maxMessageBytes, readTimeout,
                maxConcurrentSessions);
    }

    public ReceiverSettings withMaxMessageBytes(long bytes) {
        return new ReceiverSettings(hostname, starttls, enabledProtocols, bytes, readTimeout, maxConcurrentSessions);
    }

    public ReceiverSettings withReadTimeout(Duration timeout) {
        return new ReceiverSettings(hostname, starttls, enabledProtocols, maxMessageBytes, timeout,
                maxConcurrentSessions);
    }

    public ReceiverSettings withMaxConcurrentSessions(int sessions) {
        return new ReceiverSettings(hostname, starttls, enabledProtocols, maxMessageBytes, readTimeout, sessions);
    }

    public boolean offersStarttls() {
        return starttls.isPresent();
    }
}
