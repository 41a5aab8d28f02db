package org.mtainterop.dane;

import java.util.List;

/**
 * Which of a server's chains a handshake asks for: a server with both an ECDSA and an RSA certificate picks one by
 * what the client offers, and each must match a TLSA record (RFC 7671 §8.1, RFC 7672 §3.1: every chain a sender may
 * meet). The probe offers TLS 1.2 with only the ECDHE suites of one signature algorithm: in TLS 1.2 the suite names
 * the certificate type (RFC 5246 §7.4.2; RFC 8422 §2), which OpenSSL, GnuTLS and JSSE servers all follow.
 */
public enum ChainKeyType {
    ECDSA(List.of("TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256")),
    RSA(List.of("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"));

    /** The protocol the restricted offer is made in (TLS 1.3 suites do not name the certificate type). */
    public static final String PROTOCOL = "TLSv1.2";

    private final List<String> suites;

    ChainKeyType(List<String> suites) {
        this.suites = suites;
    }

    public List<String> suites() {
        return suites;
    }
}
