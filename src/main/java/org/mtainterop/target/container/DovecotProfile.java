package org.mtainterop.target.container;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.mtainterop.pki.CertificateProfile;

/**
 * How the Dovecot reference container is configured: compliant, or wrong on purpose in one way. Each is the
 * environment of containers/README.md ("Dovecot") plus the certificate profile mounted into it.
 */
public enum DovecotProfile {
    COMPLIANT("may", "tls12", "strict", "no", CertificateProfile.VALID),
    PLAINTEXT_AUTH_ALLOWED("may", "tls12", "strict", "yes", CertificateProfile.VALID),
    NO_TLS("none", "tls12", "strict", "no", CertificateProfile.VALID),
    EXPIRED_CERT("may", "tls12", "strict", "no", CertificateProfile.EXPIRED),
    WRONG_HOST("may", "tls12", "strict", "no", CertificateProfile.WRONG_HOST),
    /** Stock ciphers, as the MTAs' legacy-tls: the strict list has AES-GCM only, which TLS 1.0 and 1.1 cannot use. */
    LEGACY_TLS("may", "legacy", "stock", "no", CertificateProfile.VALID);

    private final String tlsLevel;
    private final String tlsFloor;
    private final String ciphers;
    private final String plaintextAuth;
    private final CertificateProfile certificate;

    DovecotProfile(String tlsLevel, String tlsFloor, String ciphers, String plaintextAuth, CertificateProfile certificate) {
        this.tlsLevel = tlsLevel;
        this.tlsFloor = tlsFloor;
        this.ciphers = ciphers;
        this.plaintextAuth = plaintextAuth;
        this.certificate = certificate;
    }

    /** As users write it: {@code compliant}, {@code plaintext-auth-allowed}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public CertificateProfile certificate() {
        return certificate;
    }

    public Map<String, String> environment() {
        return Map.of("TLS_LEVEL", tlsLevel, "TLS_FLOOR", tlsFloor, "CIPHERS", ciphers, "PLAINTEXT_AUTH", plaintextAuth);
    }

    public static DovecotProfile parse(String text) {
        for (DovecotProfile p : values()) {
            if (p.label().equalsIgnoreCase(text.strip())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown Dovecot profile '" + text + "' (expected one of "
                + String.join(", ", Arrays.stream(values()).map(DovecotProfile::label).toList()) + ")");
    }
}
