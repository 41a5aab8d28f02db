package org.mtainterop.adversary.smtp;

import java.util.Arrays;
import java.util.Locale;
import org.mtainterop.pki.CertificateProfile;

/**
 * How the adversarial receiver misbehaves toward a sending MTA, one way per profile (requirements.md,
 * direction "out"). Each profile bends one step of an otherwise correct RFC 5321 / RFC 3207 server.
 */
public enum AdversarialProfile {
    COMPLIANT(CertificateProfile.VALID, "does everything right: STARTTLS, a valid chain for the MX name, TLS 1.3/1.2"),
    NO_STARTTLS(CertificateProfile.VALID, "does not advertise STARTTLS (a stripping attacker)"),
    STARTTLS_454(CertificateProfile.VALID, "advertises STARTTLS, answers it 454 (TLS not available)"),
    HANDSHAKE_ABORT(CertificateProfile.VALID, "answers STARTTLS 220, reads the ClientHello, aborts every handshake"),
    EXPIRED_CERT(CertificateProfile.EXPIRED, "presents an expired leaf"),
    SELF_SIGNED(CertificateProfile.SELF_SIGNED, "presents a self-signed leaf"),
    WRONG_HOST(CertificateProfile.WRONG_HOST, "presents a valid chain for another host name"),
    UNTRUSTED_CA(CertificateProfile.UNTRUSTED_CA, "presents a chain from a root the sender does not trust"),
    TLS10_ONLY(CertificateProfile.VALID, "answers every ClientHello with a TLS 1.0 ServerHello"),
    FAKE_EXTENSION_BEFORE_TLS(CertificateProfile.VALID,
            "advertises XMTAINTEROP, SIZE, 8BITMIME, DSN and SMTPUTF8 before TLS only; inside TLS none of them"),
    INJECT_AFTER_220(CertificateProfile.VALID, "sends \"220 ready\" and a forged \"250\" EHLO reply in one segment"),
    FAIL_FIRST_HANDSHAKE(CertificateProfile.VALID, "aborts the first handshake, completes the retry's");

    /** The fake extension of {@link #FAKE_EXTENSION_BEFORE_TLS}: advertised in plaintext, never inside TLS. */
    public static final String FAKE_EXTENSION = "XMTAINTEROP";

    private final CertificateProfile certificate;
    private final String description;

    AdversarialProfile(CertificateProfile certificate, String description) {
        this.certificate = certificate;
        this.description = description;
    }

    public CertificateProfile certificate() {
        return certificate;
    }

    public String description() {
        return description;
    }

    /** Whether the certificate is bad on purpose: a sender that verifies must not go on after seeing it. */
    public boolean badCertificate() {
        return certificate != CertificateProfile.VALID;
    }

    public boolean advertisesStarttls() {
        return this != NO_STARTTLS;
    }

    /** As users write it: {@code compliant}, {@code starttls-454}, {@code fake-extension-before-tls}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static AdversarialProfile parse(String text) {
        for (AdversarialProfile p : values()) {
            if (p.label().equalsIgnoreCase(text.strip())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown receiver profile '" + text + "' (expected one of "
                + String.join(", ", Arrays.stream(values()).map(AdversarialProfile::label).toList()) + ")");
    }
}
