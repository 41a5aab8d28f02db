package org.mtainterop.tls;

import java.util.List;
import java.util.Optional;

/**
 * What the probing client offers in a handshake: protocol versions, the SNI name (none when empty) and the cipher
 * suites (the JDK's defaults when empty).
 */
public record TlsClientSettings(List<String> protocols, Optional<String> serverName, List<String> cipherSuites) {
    public static final String UNKNOWN_SNI = "unknown-name.mta-interop.invalid";

    public TlsClientSettings {
        protocols = List.copyOf(protocols);
        cipherSuites = List.copyOf(cipherSuites);
    }

    public TlsClientSettings(List<String> protocols, Optional<String> serverName) {
        this(protocols, serverName, List.of());
    }

    /** Only {@code protocol} and {@code suites} offered, SNI = the MX name (e.g. to ask for the RSA or ECDSA chain). */
    public static TlsClientSettings restricted(String protocol, List<String> suites, String serverName) {
        return new TlsClientSettings(List.of(protocol), sniFor(serverName), suites);
    }

    /** What a modern MTA offers: TLS 1.2 and 1.3 with the JDK's default suites, SNI = the MX name. */
    public static TlsClientSettings modern(String serverName) {
        return new TlsClientSettings(List.of("TLSv1.3", "TLSv1.2"), sniFor(serverName));
    }

    public static TlsClientSettings pinned(String protocol, String serverName) {
        return new TlsClientSettings(List.of(protocol), sniFor(serverName));
    }

    public static TlsClientSettings withoutSni() {
        return new TlsClientSettings(List.of("TLSv1.3", "TLSv1.2"), Optional.empty());
    }

    public static TlsClientSettings withUnknownSni() {
        return new TlsClientSettings(List.of("TLSv1.3", "TLSv1.2"), Optional.of(UNKNOWN_SNI));
    }

    /** SNI carries host names only (RFC 6066 §3): an IP literal is never sent as SNI. */
    private static Optional<String> sniFor(String name) {
        if (name == null || name.isBlank() || name.indexOf(':') >= 0 || name.matches("[0-9.]+")) {
            return Optional.empty();
        }
        return Optional.of(name.endsWith(".") ? name.substring(0, name.length() - 1) : name);
    }
}
