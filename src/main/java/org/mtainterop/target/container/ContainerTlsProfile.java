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
    /** Compliant, but its certificate is issued for three years, more than the 825 days CERT-04 allows. */
    LONG_LIVED_CERT("may", "tls12", "strict", CertificateProfile.LONG_LIVED),
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
    OCSP_UNTRUSTED_SIGNER("may", "tls12", "strict", CertificateProfile.VALID),
    /**
     * Compliant, but without the extended master secret (RFC 7627) in either direction: {@code TLS_EMS=no}, GnuTLS
     * {@code %NO_SESSION_HASH} in the priority string of the listener and of the smtp transport. TLS-EXT-02 fails
     * inbound and, as a sender, outbound. Exim only: Postfix 3.7 and OpenSMTPD have no setting for it.
     */
    NO_EMS("may", "tls12", "strict", CertificateProfile.VALID),
    /**
     * Compliant, but P-192 (secp192r1, 96-bit security, under TLS-KX-01's 224 bits) among the groups of client and
     * server: {@code TLS_GROUPS="X25519 prime256v1 secp384r1 prime192v1"}, Postfix's tls_eecdh_auto_curves. TLS-KX-01
     * fails as a sender (the ClientHello offers it) and inbound: the profile serves an RSA chain beside its ECDSA
     * P-256 one ({@link #servesRsaBesideEcdsa()}), so a TLS 1.2 client offering P-192 alone and ECDHE-RSA suites gets
     * ECDHE on P-192 (with the ECDSA key alone it could not: RFC 8422 §5.1, its supported_groups also bound the
     * certificate's curve, and P-256 is not among them). Postfix only.
     */
    WEAK_GROUPS("may", "tls12", "strict", CertificateProfile.VALID),
    /**
     * Compliant, but TLS compression (DEFLATE, RFC 3749) agreed to in TLS 1.2 and offered as a sender:
     * {@code TLS_COMPRESSION=yes} on the image {@link PostfixContainer#COMPRESSION_IMAGE} (Debian's OpenSSL 3.0 rebuilt
     * with zlib; SSL_OP_NO_COMPRESSION cleared, security level 1; its client held to TLS 1.2, below which alone
     * OpenSSL offers compression). TLS-EXT-03 fails inbound and, as a sender, outbound. Postfix only.
     */
    COMPRESSION("may", "tls12", "strict", CertificateProfile.VALID);

    /** The groups of {@link #WEAK_GROUPS}: Postfix's default list less X448 and P-521, plus P-192. */
    public static final String WEAK_GROUP_LIST = "X25519 prime256v1 secp384r1 prime192v1";

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
        Map<String, String> settings = new java.util.TreeMap<>(Map.of("TLS_LEVEL", tlsLevel, "TLS_FLOOR", tlsFloor,
                "CIPHERS", ciphers, "HELO_REQUIRED", this == STOCK ? "no" : "yes"));
        laterSetting().ifPresent(setting -> settings.put(setting.getKey(), setting.getValue()));
        return Map.copyOf(settings);
    }

    /** The one setting of the later contract this profile adds to the four every profile has, if any. */
    private java.util.Optional<Map.Entry<String, String>> laterSetting() {
        return java.util.Optional.ofNullable(switch (this) {
            case LONG_TICKETS -> Map.entry("TLS_SESSION_TIMEOUT", LONG_TICKET_SECONDS);
            case NO_EMS -> Map.entry("TLS_EMS", "no");
            case WEAK_GROUPS -> Map.entry("TLS_GROUPS", WEAK_GROUP_LIST);
            case COMPRESSION -> Map.entry("TLS_COMPRESSION", "yes");
            case OCSP_STAPLED -> Map.entry("OCSP_STAPLE", "good");
            case OCSP_UNTRUSTED_SIGNER -> Map.entry("OCSP_STAPLE", "untrusted-signer");
            default -> null;
        });
    }

    /** The settings of {@link #environment()} added after the first environment contract (an older image ignores them). */
    public java.util.Set<String> laterSettings() {
        java.util.Set<String> later = new java.util.TreeSet<>(environment().keySet());
        later.retainAll(java.util.Set.of("OCSP_STAPLE", "TLS_EMS", "TLS_GROUPS", "TLS_COMPRESSION"));
        return later;
    }

    /**
     * Whether the container serves an RSA chain beside its ECDSA one (fullchain2.pem, key2.pem: Postfix's second
     * smtpd_tls_chain_files pair): {@link #WEAK_GROUPS}, whose P-192 only a client of ECDHE-RSA can get. The listener
     * alone uses it; the smtp client (a sender) presents no certificate.
     */
    public boolean servesRsaBesideEcdsa() {
        return this == WEAK_GROUPS;
    }

    /** Whether the container staples an OCSP response, and so needs a responder credential mounted. */
    public boolean staplesOcsp() {
        return this == OCSP_STAPLED || this == OCSP_UNTRUSTED_SIGNER;
    }

    /** Whether the MTA can be configured this way (some profiles exist for one MTA only: {@link #onlyFor()}). */
    public boolean appliesTo(ReferenceMta mta) {
        return onlyFor().map(only -> only == mta).orElse(true);
    }

    /** The one MTA the profile exists for, and why the others have none, if it is one MTA's only. */
    java.util.Optional<ReferenceMta> onlyFor() {
        if (this == LONG_TICKETS || this == WEAK_GROUPS || this == COMPRESSION) {
            return java.util.Optional.of(ReferenceMta.POSTFIX);
        }
        return staplesOcsp() || this == NO_EMS ? java.util.Optional.of(ReferenceMta.EXIM) : java.util.Optional.empty();
    }

    /** Why the MTAs other than {@link #onlyFor()} have no such profile. */
    String whyOnly() {
        return switch (this) {
            case LONG_TICKETS -> "the others have no setting for the session ticket lifetime";
            case NO_EMS -> "the others have no setting that leaves out the extended master secret";
            case WEAK_GROUPS -> "the others are not given a group list here";
            case COMPRESSION -> "only its image is built over an OpenSSL with zlib";
            default -> "the others have no setting that staples an OCSP response file";
        };
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
