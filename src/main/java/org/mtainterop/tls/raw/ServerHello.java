package org.mtainterop.tls.raw;

import java.util.List;
import java.util.Optional;

/**
 * The parts of a ServerHello (or HelloRetryRequest, RFC 8446 §4.1.3: same message, special random) that
 * enumeration needs: the version really negotiated, the suite, the compression method, the extensions.
 *
 * @param selectedVersion the supported_versions extension (TLS 1.3), when present
 * @param keyShareGroup   the group of the server's key_share, or in a HelloRetryRequest the group it asks for
 */
public record ServerHello(int legacyVersion, boolean helloRetryRequest, int cipherSuite, int compressionMethod,
                          List<Integer> extensionTypes, Optional<Integer> selectedVersion,
                          Optional<Integer> keyShareGroup) {
    public static final int EXT_SERVER_NAME = 0;
    public static final int EXT_STATUS_REQUEST = 5;
    public static final int EXT_TRUNCATED_HMAC = 4;
    public static final int EXT_SUPPORTED_GROUPS = 10;
    public static final int EXT_EC_POINT_FORMATS = 11;
    public static final int EXT_SIGNATURE_ALGORITHMS = 13;
    public static final int EXT_HEARTBEAT = 15;
    public static final int EXT_ENCRYPT_THEN_MAC = 22;
    public static final int EXT_EXTENDED_MASTER_SECRET = 23;
    public static final int EXT_SUPPORTED_VERSIONS = 43;
    public static final int EXT_KEY_SHARE = 51;
    public static final int EXT_RENEGOTIATION_INFO = 0xff01;

    public ServerHello {
        extensionTypes = List.copyOf(extensionTypes);
    }

    /** The wire code of the version in force: supported_versions when present, else the legacy field. */
    public int negotiatedVersionCode() {
        return selectedVersion.orElse(legacyVersion);
    }

    public Optional<ProtocolVersion> negotiatedVersion() {
        return ProtocolVersion.ofCode(negotiatedVersionCode());
    }

    public boolean hasExtension(int type) {
        return extensionTypes.contains(type);
    }

    public CipherSuite suite() {
        return CipherSuites.describe(cipherSuite);
    }
}
