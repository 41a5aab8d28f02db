package org.mtainterop.adversary.smtp;

import java.io.IOException;
import java.net.Socket;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.mtainterop.smtp.SmtpReply;
import org.mtainterop.tls.raw.ClientHelloOffer;

/**
 * What one {@link AdversarialProfile} does to an otherwise correct RFC 5321 / RFC 3207 server: each default is the
 * compliant server's, and a profile's strategy overrides the one step it bends. The session's recorder asks it at
 * those steps and never tests the profile itself. One instance per profile period
 * ({@link AdversarialReceiver#profile(AdversarialProfile)}), shared by the sessions of that period.
 */
interface SmtpProfileBehaviour {
    /** RFC 5321 and RFC 3207 as written (the compliant profile and the five bad certificates). */
    SmtpProfileBehaviour COMPLIANT = new SmtpProfileBehaviour() {
    };

    /** A fresh strategy for {@code profile}, with its own state (the first handshake not yet seen). */
    static SmtpProfileBehaviour of(AdversarialProfile profile) {
        return switch (profile) {
            case COMPLIANT, EXPIRED_CERT, SELF_SIGNED, WRONG_HOST, UNTRUSTED_CA, BAD_SIGNATURE -> COMPLIANT;
            case NO_STARTTLS -> new StarttlsWithheld();
            case STARTTLS_454 -> new StarttlsRefused();
            case HANDSHAKE_ABORT -> HandshakeAborted.everyHandshake();
            case FAIL_FIRST_HANDSHAKE -> HandshakeAborted.firstHandshakeOnly();
            case TLS10_ONLY -> new Tls10Only();
            case FAKE_EXTENSION_BEFORE_TLS -> new ExtensionsOnlyBeforeTls();
            case INJECT_AFTER_220 -> new ReplyInjectedAfterReady();
            case DANE_MATCHING -> PublishedTlsa.leafKey();
            case DANE_TA_MATCHING -> PublishedTlsa.issuerKeySent();
            case DANE_WRONG_TLSA -> PublishedTlsa.unpresentedKey();
            case DANE_EE_EXPIRED_WRONG_NAME -> PublishedTlsa.leafKeyOfAnOtherwiseBadCertificate();
            case DANE_BOGUS -> PublishedTlsa.leafKeyBogus();
            case DANE_INSECURE -> PublishedTlsa.unpresentedKeyInsecure();
            case DANE_PKIX_ONLY -> PublishedTlsa.pkixUsagesOnly();
            case DANE_TA_WRONG_NAME -> PublishedTlsa.issuerKeyWrongName();
            case DANE_TA_NOT_SENT -> PublishedTlsa.anchorNotSent();
            case MTA_STS_ENFORCE_VALID -> PublishedStsPolicy.enforceValid();
            case MTA_STS_ENFORCE_MX_MISMATCH -> PublishedStsPolicy.enforceMxMismatch();
            case MTA_STS_ENFORCE_WRONG_NAME -> PublishedStsPolicy.enforceWrongName();
            case MTA_STS_ENFORCE_NO_STARTTLS -> PublishedStsPolicy.enforceWithoutStarttls();
            case MTA_STS_TESTING_WRONG_NAME -> PublishedStsPolicy.testingWrongName();
        };
    }

    /** What the profile publishes in DNS (DANE profiles): TLSA records and zone signing; empty for the others. */
    default Optional<DanePublication> danePublication() {
        return Optional.empty();
    }

    /** What the profile publishes for MTA-STS (MTA-STS profiles): the policy's mode and pattern; empty for the others. */
    default Optional<MtaStsPublication> mtaStsPublication() {
        return Optional.empty();
    }

    /** Whether STARTTLS is offered in the pre-TLS EHLO. */
    default boolean advertisesStarttls() {
        return true;
    }

    /** The EHLO reply's lines (greeting first); {@code insideTls} tells which EHLO this is. */
    default List<String> ehloLines(List<String> standard, boolean insideTls) {
        return standard;
    }

    /** A reply to give STARTTLS instead of 220, or empty to go on. */
    default Optional<SmtpReply> refuseStarttls() {
        return Optional.empty();
    }

    /** Bytes written in the same segment right after the 220 to STARTTLS; none by default. */
    default byte[] injectedAfterReady() {
        return new byte[0];
    }

    /**
     * The inside-TLS EHLO has been read and is not answered yet: how many bytes the client sent behind it
     * ({@code pendingBytes} counts them now), or 0 when the profile does not measure it.
     */
    default int bytesAheadOfInsideTlsEhloReply(IntSupplier pendingBytes) {
        return 0;
    }

    /** Inside TLS: what of a command only the pre-TLS EHLO offered, if anything. */
    default Optional<String> preTlsOnlyUse(String verb, String argument) {
        return Optional.empty();
    }

    /**
     * The ClientHello has been read off the wire and recorded: return to let JSSE complete the handshake, or end it
     * here by throwing (after noting why in {@code session}).
     */
    default void answerClientHello(Socket plain, ClientHelloOffer hello, SmtpSessionRecorder session) throws IOException {
    }
}
