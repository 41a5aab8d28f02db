package org.mtainterop.adversary.access;

import java.io.IOException;
import java.net.Socket;

/**
 * What one {@link AccessServerProfile} does to an otherwise correct submission, IMAP or POP3 server: each default is
 * the compliant server's (RFC 8314 §3: STARTTLS offered, no login before TLS), and a profile's strategy overrides
 * the steps it bends. The dialogues, the session and the TLS acceptor ask it there and never test the profile.
 * Stateless; one per profile period.
 */
interface AccessProfileBehaviour {
    /** How STARTTLS / STLS is announced and answered before TLS. */
    enum Starttls {
        /** Announced, and answered positively: the handshake follows. */
        OFFERED,
        /** Announced, and answered with an error. */
        REFUSED,
        /** Neither announced nor accepted. */
        NOT_OFFERED
    }

    /** The compliant profile and the four bad certificates (the certificate is the enum's). */
    AccessProfileBehaviour COMPLIANT = new AccessProfileBehaviour() {
    };

    static AccessProfileBehaviour of(AccessServerProfile profile) {
        return switch (profile) {
            case COMPLIANT, EXPIRED_CERT, WRONG_HOST, SELF_SIGNED, UNTRUSTED_CA -> COMPLIANT;
            case NO_STARTTLS -> new PlaintextLoginOffered(Starttls.NOT_OFFERED);
            case STARTTLS_ERROR -> new PlaintextLoginOffered(Starttls.REFUSED);
            case HANDSHAKE_ABORT -> new HandshakeAbortedWithLoginOffered();
            case RESPONSE_INJECTION -> new ResponsesInjected();
            case TAMPERED_CAPABILITIES -> new CapabilitiesTamperedBeforeTls();
            case IMPLICIT_PLAINTEXT -> new PlaintextWhereTlsIsExpected();
        };
    }

    default Starttls starttls() {
        return Starttls.OFFERED;
    }

    /** Whether login is announced and accepted before TLS: what tempts a client to leak credentials. */
    default boolean loginBeforeTls() {
        return false;
    }

    /** What is announced and accepted, per protocol and phase. */
    default AdvertisedCapabilities capabilities(long maxMessageBytes) {
        return new AdvertisedCapabilities(starttls() != Starttls.NOT_OFFERED, loginBeforeTls(), maxMessageBytes);
    }

    /** On an implicit-TLS listener (465, 993, 995): greet in plaintext instead of starting with the handshake. */
    default boolean greetsInPlaintextOnImplicitListener() {
        return false;
    }

    /**
     * The ClientHello has been read off the wire and recorded: return to let JSSE complete the handshake, or end it
     * here by throwing a {@link TlsAcceptor.HandshakeFailedException} (after recording why).
     */
    default void answerClientHello(Socket plain, AccessSessionRecorder recorder) throws IOException {
    }

    /** Lines forged into the TCP segment of submission's 220 to STARTTLS (CRLF-terminated); none by default. */
    default String forgedAfterSubmissionReady() {
        return "";
    }

    /** Lines forged into the segment of IMAP's tagged OK to STARTTLS {@code tag}. */
    default String forgedAfterImapStarttls(String tag) {
        return "";
    }

    /** Lines forged into the segment of POP3's +OK to STLS. */
    default String forgedAfterPop3Stls() {
        return "";
    }

    /** Whether the first command inside TLS waits the desync window, to count what the client sent ahead of it. */
    default boolean countsBytesAheadInsideTls() {
        return false;
    }

    /**
     * Whether a handshake that fails after the ClientHello reads as the client having fed the forged plaintext to
     * its TLS layer (safe: it trusted none of it).
     */
    default boolean handshakeFailureMeansForgedLinesReachedTls() {
        return false;
    }
}
