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
    LONG_TICKETS("may", "tls12", "strict", CertificateProfile.VALID),
    /**
     * Compliant, and a good OCSP response for the leaf stapled (CERT-05 passes on it): {@code OCSP_STAPLE=good}, the
     * response made at container start by {@code openssl ocsp} and signed by a responder the leaf's issuer delegated.
     * Exim only: its tls_ocsp_file staples a response file; Postfix and OpenSMTPD here cannot staple.
     */
    OCSP_STAPLED("may", "tls12", "strict", CertificateProfile.VALID),
    /**
     * As {@link #OCSP_STAPLED}, but the response is signed by a responder certified by another CA, one the leaf's
     * issuer never delegated (CERT-05 fails: RFC 6960 §4.2.2.2). GnuTLS staples it: it checks that a response file is
     * for its certificate and current, not who signed it. Exim only.
     */
    OCSP_UNTRUSTED_SIGNER("may", "tls12", "strict", CertificateProfile.VALID);

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
        if (staplesOcsp()) {
            return Map.of("TLS_LEVEL", tlsLevel, "TLS_FLOOR", tlsFloor, "CIPHERS", ciphers, "HELO_REQUIRED", heloRequired,
                    "OCSP_STAPLE", this == OCSP_STAPLED ? "good" : "untrusted-signer");
        }
        return Map.of("TLS_LEVEL", tlsLevel, "TLS_FLOOR", tlsFloor, "CIPHERS", ciphers, "HELO_REQUIRED", heloRequired);
    }

    /** Whether the container staples an OCSP response, and so needs a responder credential mounted. */
    public boolean staplesOcsp() {
        return this == OCSP_STAPLED || this == OCSP_UNTRUSTED_SIGNER;
    }

    /** Whether the MTA can be configured this way ({@link #LONG_TICKETS}: Postfix only; stapling: Exim only). */
    public boolean appliesTo(ReferenceMta mta) {
        return onlyFor().map(only -> only == mta).orElse(true);
    }

    /** The one MTA the profile exists for, and why the others have none, if it is one MTA's only. */
    java.util.Optional<ReferenceMta> onlyFor() {
        if (this == LONG_TICKETS) {
            return java.util.Optional.of(ReferenceMta.POSTFIX);
        }
        return staplesOcsp() ? java.util.Optional.of(ReferenceMta.EXIM) : java.util.Optional.empty();
    }

    /** Why the MTAs other than {@link #onlyFor()} have no such profile. */
    String whyOnly() {
        return this == LONG_TICKETS ? "the others have no setting for the session ticket lifetime"
                : "the others have no setting that staples an OCSP response file";
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
