package org.mtainterop.adversary.access;

import org.mtainterop.adversary.AdversaryProfile;
import org.mtainterop.pki.CertificateProfile;

/**
 * How the adversarial access server misbehaves toward a user's mail program (requirements.md, direction
 * "client", CLIENT-01..05), one way per profile. Each bends one step of an otherwise correct submission
 * (RFC 6409, RFC 3207, RFC 4954), IMAP (RFC 9051 / 3501) or POP3 (RFC 1939, 2595, 5034) server. The enum is the
 * stable identifier (label, certificate, description, where it can be served); what each profile does is its
 * {@link AccessProfileBehaviour}.
 */
public enum AccessServerProfile implements AdversaryProfile {
    COMPLIANT(CertificateProfile.VALID,
            "does everything right: STARTTLS/STLS, a valid chain for the server name, TLS 1.3/1.2, login only inside TLS"),
    NO_STARTTLS(CertificateProfile.VALID,
            "does not advertise STARTTLS/STLS and refuses it (a stripping attacker); offers login in plaintext"),
    STARTTLS_ERROR(CertificateProfile.VALID,
            "advertises STARTTLS/STLS, answers it with an error, then offers login in plaintext"),
    HANDSHAKE_ABORT(CertificateProfile.VALID,
            "reads the ClientHello (after a positive STARTTLS/STLS answer, or first on an implicit-TLS port) and aborts"
                    + " the handshake"),
    EXPIRED_CERT(CertificateProfile.EXPIRED, "presents an expired leaf"),
    WRONG_HOST(CertificateProfile.WRONG_HOST, "presents a valid chain for another host name"),
    SELF_SIGNED(CertificateProfile.SELF_SIGNED, "presents a self-signed leaf"),
    UNTRUSTED_CA(CertificateProfile.UNTRUSTED_CA, "presents a chain from a root the client does not trust"),
    RESPONSE_INJECTION(CertificateProfile.VALID,
            "sends the positive STARTTLS/STLS answer and forged responses in one TCP segment"),
    TAMPERED_CAPABILITIES(CertificateProfile.VALID,
            "announces other capabilities and login mechanisms before TLS than inside it"),
    IMPLICIT_PLAINTEXT(CertificateProfile.VALID,
            "listens where implicit TLS is expected but greets in plaintext and offers login there");

    /** A capability only the pre-TLS announcement of TAMPERED_CAPABILITIES carries. */
    public static final String FAKE_CAPABILITY = "XMTAINTEROP";
    /** A capability only the lines injected by RESPONSE_INJECTION carry. */
    public static final String INJECTED_CAPABILITY = "XMTAINTEROP-INJECTED";

    private final CertificateProfile certificate;
    private final String description;

    AccessServerProfile(CertificateProfile certificate, String description) {
        this.certificate = certificate;
        this.description = description;
    }

    /** The certificate presented whenever TLS is negotiated. */
    @Override
    public CertificateProfile certificate() {
        return certificate;
    }

    public String description() {
        return description;
    }

    /**
     * Whether the profile makes sense on an implicit-TLS listener (465/993/995): the compliant control, the
     * bad certificates, an aborted handshake, and implicit-plaintext itself (which makes sense only there).
     * The STARTTLS tricks do not.
     */
    public boolean servesImplicitTls() {
        return this == COMPLIANT || this == HANDSHAKE_ABORT || badCertificate() || this == IMPLICIT_PLAINTEXT;
    }

    public static AccessServerProfile parse(String text) {
        String t = text == null ? "" : text.strip();
        return AdversaryProfile.byLabel(values(), t).orElseThrow(() -> new IllegalArgumentException(
                "unknown access server profile '" + t + "' (expected one of " + labels() + ")"));
    }

    public static String labels() {
        return AdversaryProfile.labels(values());
    }
}
