package org.mtainterop.dane;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Optional;

/** The TLSA selector field (RFC 6698 §2.1.2): which part of a certificate the association data is about. */
public enum TlsaSelector {
    /** The whole DER certificate. */
    CERT(0, "Cert"),
    /** The DER SubjectPublicKeyInfo: survives re-issuing a certificate for the same key (RFC 7671 §5.1). */
    SPKI(1, "SPKI");

    private final int code;
    private final String acronym;

    TlsaSelector(int code, String acronym) {
        this.code = code;
        this.acronym = acronym;
    }

    public int code() {
        return code;
    }

    public String label() {
        return acronym + "(" + code + ")";
    }

    /** The selected DER bytes of {@code certificate}. */
    public byte[] select(X509Certificate certificate) {
        try {
            return this == CERT ? certificate.getEncoded() : certificate.getPublicKey().getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("certificate cannot be DER-encoded: " + e.getMessage(), e);
        }
    }

    public static Optional<TlsaSelector> of(int code) {
        for (TlsaSelector selector : values()) {
            if (selector.code == code) {
                return Optional.of(selector);
            }
        }
        return Optional.empty();
    }
}
