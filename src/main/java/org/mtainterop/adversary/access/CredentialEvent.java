package org.mtainterop.adversary.access;

import java.time.Duration;
import java.util.Optional;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

/**
 * That a client sent a credential, never what it was: the value (user name, password, token, digest, in base64
 * or not) is read off the wire and dropped on the spot; only these facts are kept.
 *
 * @param mechanism          how it was sent: {@code AUTH PLAIN}, {@code AUTH LOGIN}, {@code AUTH CRAM-MD5},
 *                           {@code AUTH XOAUTH2}, {@code IMAP LOGIN}, {@code POP3 USER}, {@code POP3 PASS},
 *                           {@code POP3 APOP}, ...
 * @param secret             a password, or a value derived from one (digest, token), was sent; false when only a
 *                           user name was
 * @param insideTls          sent inside an established TLS session
 * @param certificateShown   the certificate the client had been shown when it sent it; empty in plaintext
 * @param elapsed            since the session started
 */
public record CredentialEvent(String mechanism, boolean secret, boolean insideTls,
                              Optional<CertificateProfile> certificateShown, Duration elapsed) {

    /** Sent where a passive eavesdropper reads it. */
    public boolean inPlaintext() {
        return !insideTls;
    }

    /** One phrase for transcripts, in English: "AUTH PLAIN inside TLS", "POP3 USER (user name only) IN PLAINTEXT". */
    public String describe() {
        return described().render(ReportLanguage.EN);
    }

    /** The same phrase in the report's language, the mechanism a fact. */
    public Reason described() {
        String key = secret ? (insideTls ? "Credential.secretInsideTls" : "Credential.secretInPlaintext")
                : (insideTls ? "Credential.userNameOnlyInsideTls" : "Credential.userNameOnlyInPlaintext");
        return Reason.of(key, mechanism);
    }
}
