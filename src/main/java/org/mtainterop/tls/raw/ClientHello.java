package org.mtainterop.tls.raw;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a raw ClientHello offers: any version, any suites (by code), compression methods, groups, and a
 * chosen set of extensions. Immutable; {@code with…} methods return a changed copy. Encoded by
 * {@link ClientHelloEncoder}.
 *
 * @param keyShareGroups TLS 1.3 only: groups for which a real public key share is sent (X25519, X448,
 *                       P-256/384/521); other groups are only listed in supported_groups (the server then
 *                       answers with a HelloRetryRequest naming the group it wants)
 */
public record ClientHello(ProtocolVersion version, List<Integer> cipherSuites, List<Integer> compressionMethods,
                          Optional<String> serverName, List<Integer> groups, List<Integer> keyShareGroups,
                          Set<Extension> extensions) {

    public static final int COMPRESSION_NULL = 0;
    public static final int COMPRESSION_DEFLATE = 1;

    /** Optional extensions; supported_groups, supported_versions and key_share follow from the fields. */
    public enum Extension {
        EC_POINT_FORMATS, SIGNATURE_ALGORITHMS, RENEGOTIATION_INFO, EXTENDED_MASTER_SECRET, ENCRYPT_THEN_MAC,
        HEARTBEAT, STATUS_REQUEST, TRUNCATED_HMAC
    }

    /** The groups a modern client lists, strongest-known first. */
    public static final List<Integer> COMMON_GROUPS = List.of(NamedGroups.X25519, NamedGroups.SECP256R1,
            NamedGroups.SECP384R1, NamedGroups.SECP521R1, NamedGroups.X448, 256, 257, 258, 259, 260, 26, 27, 28, 22);

    public ClientHello {
        Objects.requireNonNull(version, "version");
        cipherSuites = List.copyOf(cipherSuites);
        compressionMethods = List.copyOf(compressionMethods);
        groups = List.copyOf(groups);
        keyShareGroups = List.copyOf(keyShareGroups);
        extensions = extensions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(extensions));
        if (cipherSuites.isEmpty() && version != ProtocolVersion.SSL_2_0) {
            throw new IllegalArgumentException("a ClientHello offers at least one cipher suite");
        }
        if (compressionMethods.isEmpty()) {
            throw new IllegalArgumentException("a ClientHello offers at least the null compression method");
        }
    }

    /**
     * A hello as a broad modern client would send it for this version: the given suites, every common group,
     * point formats, signature algorithms, renegotiation_info and extended_master_secret; for TLS 1.3 real
     * X25519 and P-256 key shares.
     */
    public static ClientHello typical(ProtocolVersion version, List<Integer> suites, Optional<String> serverName) {
        Set<Extension> ext = EnumSet.of(Extension.EC_POINT_FORMATS, Extension.SIGNATURE_ALGORITHMS,
                Extension.EXTENDED_MASTER_SECRET, Extension.RENEGOTIATION_INFO);
        if (version == ProtocolVersion.SSL_3_0) {
            ext = EnumSet.noneOf(Extension.class); // SSLv3 servers may choke on any extension
        }
        List<Integer> shares = version == ProtocolVersion.TLS_1_3
                ? List.of(NamedGroups.X25519, NamedGroups.SECP256R1) : List.of();
        return new ClientHello(version, suites, List.of(COMPRESSION_NULL), serverName,
                version == ProtocolVersion.SSL_3_0 ? List.of() : COMMON_GROUPS, shares, ext);
    }

    public ClientHello withGroups(List<Integer> newGroups, List<Integer> shares) {
        return new ClientHello(version, cipherSuites, compressionMethods, serverName, newGroups, shares, extensions);
    }

    public ClientHello withCompression(List<Integer> methods) {
        return new ClientHello(version, cipherSuites, methods, serverName, groups, keyShareGroups, extensions);
    }

    public ClientHello withServerName(Optional<String> name) {
        return new ClientHello(version, cipherSuites, compressionMethods, name, groups, keyShareGroups, extensions);
    }

    public ClientHello withExtension(Extension extension) {
        Set<Extension> more = extensions.isEmpty() ? EnumSet.noneOf(Extension.class) : EnumSet.copyOf(extensions);
        more.add(extension);
        return new ClientHello(version, cipherSuites, compressionMethods, serverName, groups, keyShareGroups, more);
    }

    public boolean has(Extension extension) {
        return extensions.contains(extension);
    }
}
