package org.mtainterop.adversary.access;

import java.time.Duration;
import java.util.Optional;
import org.mtainterop.pki.CertificateProfile;

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

    /** One phrase for summaries: "AUTH PLAIN inside TLS", "POP3 USER (user name only) IN PLAINTEXT". */
    public String describe() {
        return mechanism + (secret ? "" : " (user name only)") + (insideTls ? " inside TLS" : " IN PLAINTEXT");
    }
}
