package org.mtainterop.target.container;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.mtainterop.pki.CertificateProfile;

/**
 * How a reference MTA container is configured: compliant, or misconfigured on purpose in one way. Each
 * profile is the environment of containers/README.md plus the certificate profile mounted into it.
 */
public enum ContainerTlsProfile {
    COMPLIANT("may", "tls12", "strict", CertificateProfile.VALID),
    STOCK("may", "tls12", "stock", CertificateProfile.VALID),
    NO_STARTTLS("none", "tls12", "stock", CertificateProfile.VALID),
    LEGACY_TLS("may", "legacy", "stock", CertificateProfile.VALID),
    WEAK_CIPHERS("may", "tls12", "weak", CertificateProfile.VALID),
    EXPIRED_CERT("may", "tls12", "strict", CertificateProfile.EXPIRED),
    WRONG_HOST("may", "tls12", "strict", CertificateProfile.WRONG_HOST),
    SELF_SIGNED("may", "tls12", "strict", CertificateProfile.SELF_SIGNED),
    /**
     * Compliant, but session tickets announced for 2 days (TLS-EXT-05 fails): {@code TLS_SESSION_TIMEOUT=172800}.
     * Postfix only: its ticket lifetime is smtpd_tls_session_cache_timeout; Exim (GnuTLS) and OpenSMTPD have no
     * setting for it.
     */
    LONG_TICKETS("may", "tls12", "strict", CertificateProfile.VALID);

    /** The session timeout of {@link #LONG_TICKETS}: 2 days, above TLS-EXT-05's 24 h. */
    public static final String LONG_TICKET_SECONDS = "172800";

    private final String tlsLevel;
    private final String tlsFloor;
    private final String ciphers;
    private final CertificateProfile certificate;

    ContainerTlsProfile(String tlsLevel, String tlsFloor, String ciphers, CertificateProfile certificate) {
        this.tlsLevel = tlsLevel;
        this.tlsFloor = tlsFloor;
        this.ciphers = ciphers;
        this.certificate = certificate;
    }

    /** The profile's name as users write it: {@code compliant}, {@code no-starttls}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public CertificateProfile certificate() {
        return certificate;
    }

    /**
     * Every profile but {@code stock} also requires a fresh EHLO after STARTTLS (Postfix's package default
     * does not), so that each defect profile differs from compliant in one way only.
     */
    public Map<String, String> environment() {
        String heloRequired = this == STOCK ? "no" : "yes";
        if (this == LONG_TICKETS) {
            return Map.of("TLS_LEVEL", tlsLevel, "TLS_FLOOR", tlsFloor, "CIPHERS", ciphers, "HELO_REQUIRED", heloRequired,
                    "TLS_SESSION_TIMEOUT", LONG_TICKET_SECONDS);
        }
        return Map.of("TLS_LEVEL", tlsLevel, "TLS_FLOOR", tlsFloor, "CIPHERS", ciphers, "HELO_REQUIRED", heloRequired);
    }

    /** Whether the MTA can be configured this way ({@link #LONG_TICKETS}: Postfix only). */
    public boolean appliesTo(ReferenceMta mta) {
        return this != LONG_TICKETS || mta == ReferenceMta.POSTFIX;
    }

    public static ContainerTlsProfile parse(String text) {
        for (ContainerTlsProfile p : values()) {
            if (p.label().equalsIgnoreCase(text.strip())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown reference profile '" + text + "' (expected one of "
                + String.join(", ", Arrays.stream(values()).map(ContainerTlsProfile::label).toList()) + ")");
    }
}
