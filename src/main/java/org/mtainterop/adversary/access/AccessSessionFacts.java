package org.mtainterop.adversary.access;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mtainterop.adversary.NegotiatedTls;
import org.mtainterop.adversary.SessionEnding;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;
import org.mtainterop.smtp.TranscriptEvent;
import org.mtainterop.tls.HandshakeFailure;
import org.mtainterop.tls.raw.ClientHelloOffer;

/**
 * What one mail program did in one session with the adversarial access server: immutable, the evidence of
 * every CLIENT-0x verdict. Never holds a credential's value: {@link #credentials()} says only that, how and
 * where one was sent, and the transcript is redacted at the source.
 *
 * @param service                   what the listener served: submission, imap, pop3 (STARTTLS) or their
 *                                  implicit-TLS forms
 * @param clientIdentification      the EHLO name (submission) or the IMAP ID "name" (and "version"), if given
 * @param firstContact              what the client sent first after a plaintext greeting
 * @param verbsBeforeTls            command verbs before TLS, in order (capped)
 * @param verbsInsideTls            command verbs inside TLS, in order (capped)
 * @param starttlsSent              the client issued STARTTLS / STLS
 * @param clientHello               the ClientHello as read off the wire before JSSE saw it
 * @param clientHelloProblem        why no ClientHello could be read where one was expected
 * @param tls                       the negotiated parameters when a handshake completed
 * @param tlsFailure                why the handshake did not complete (the profile's doing, or the client's)
 * @param capabilitiesReadInsideTls the client asked for capabilities again inside TLS (EHLO, CAPABILITY, CAPA)
 * @param preTlsOnlyCapabilityUsed  inside TLS, the client used what only the pre-TLS announcement offered
 * @param bytesAheadAfterInjection  RESPONSE_INJECTION: bytes the client sent behind its first command inside TLS
 *                                  before that command was answered (it took a forged line as the answer)
 * @param injectedBytesFedToTls     RESPONSE_INJECTION: the handshake failed after the ClientHello, as when a client
 *                                  hands the injected plaintext to its TLS layer (safe: it trusted none of it)
 * @param injectedCapabilityUsed    the client used what only the injected lines announced
 * @param credentials               every credential sent, in order (never the value)
 * @param loggedInInsideTls         the server accepted a login inside TLS
 * @param loggedInInPlaintext       the server accepted a login before TLS
 * @param verbsAfterCredentials     what the client did after its first credential (capped)
 * @param mailVerbsInPlaintext      verbs that moved mail before TLS (MAIL, RCPT, DATA, FETCH, RETR, TOP, APPEND)
 * @param mailVerbsInsideTls        the same, inside TLS
 * @param end                       how the session ended, as a kind
 * @param ending                    how the session ended, for people
 */
public record AccessSessionFacts(MailService service, AccessServerProfile profile, String clientAddress,
                                 Instant started, Instant ended, Optional<String> clientIdentification,
                                 FirstContact firstContact, List<String> verbsBeforeTls, List<String> verbsInsideTls,
                                 boolean starttlsSent, Optional<ClientHelloOffer> clientHello,
                                 Optional<Reason> clientHelloProblem, Optional<NegotiatedTls> tls,
                                 Optional<String> tlsFailure, boolean capabilitiesReadInsideTls,
                                 Optional<String> preTlsOnlyCapabilityUsed, int bytesAheadAfterInjection,
                                 boolean injectedBytesFedToTls, Optional<String> injectedCapabilityUsed,
                                 List<CredentialEvent> credentials, boolean loggedInInsideTls,
                                 boolean loggedInInPlaintext, List<String> verbsAfterCredentials,
                                 List<String> mailVerbsInPlaintext, List<String> mailVerbsInsideTls, SessionEnd end,
                                 String ending, List<TranscriptEvent> transcript, String renderedTranscript) {

    public AccessSessionFacts {
        verbsBeforeTls = List.copyOf(verbsBeforeTls);
        verbsInsideTls = List.copyOf(verbsInsideTls);
        credentials = List.copyOf(credentials);
        verbsAfterCredentials = List.copyOf(verbsAfterCredentials);
        mailVerbsInPlaintext = List.copyOf(mailVerbsInPlaintext);
        mailVerbsInsideTls = List.copyOf(mailVerbsInsideTls);
        transcript = List.copyOf(transcript);
    }

    /**
     * Why the handshake did not complete, in the report's language: no ClientHello and why (when the failure's text
     * is those words in English, as the receiver records them), else the TLS layer's words classified
     * ({@link HandshakeFailure#of}); in English the failure's text, byte for byte.
     */
    public Optional<Reason> tlsFailureSaid() {
        return tlsFailure.map(f -> clientHelloProblem.map(TlsAcceptor::noClientHello)
                .filter(r -> r.render(ReportLanguage.EN).equals(f)).orElseGet(() -> HandshakeFailure.of(f)));
    }

    /** The identification the client gave, or "?". */
    public String clientName() {
        return clientIdentification.orElse("?");
    }

    public boolean tlsEstablished() {
        return tls.isPresent();
    }

    /** Any credential (even a user name alone) sent before TLS. */
    public boolean credentialsInPlaintext() {
        return credentials.stream().anyMatch(CredentialEvent::inPlaintext);
    }

    /** A password or a value derived from one sent before TLS. */
    public boolean secretInPlaintext() {
        return credentials.stream().anyMatch(c -> c.inPlaintext() && c.secret());
    }

    public boolean credentialsInsideTls() {
        return credentials.stream().anyMatch(CredentialEvent::insideTls);
    }

    /** Credentials sent inside TLS although the certificate was bad on purpose: the client did not verify. */
    public boolean credentialsAfterBadCertificate() {
        return profile.badCertificate() && credentialsInsideTls();
    }

    /** Any command sent inside TLS although the certificate was bad on purpose. */
    public boolean wentOnAfterBadCertificate() {
        return profile.badCertificate() && tlsEstablished() && !verbsInsideTls.isEmpty();
    }

    /** Mail moved (submitted, read or appended) before TLS. */
    public boolean messageOrMailInPlaintext() {
        return !mailVerbsInPlaintext.isEmpty();
    }

    /** Credentials or mail where a passive eavesdropper reads them. */
    public boolean leakedInPlaintext() {
        return credentialsInPlaintext() || messageOrMailInPlaintext();
    }

    /** The client acted on lines injected before the handshake. */
    public boolean actedOnInjectedResponses() {
        return bytesAheadAfterInjection > 0 || injectedCapabilityUsed.isPresent();
    }

    /** Any command at all before TLS (STARTTLS included). */
    public boolean spokePlaintext() {
        return !verbsBeforeTls.isEmpty();
    }

    public boolean cutOff() {
        return end == SessionEnd.CUT_OFF;
    }

    public Duration duration() {
        return Duration.between(started, ended);
    }

    /** One line for consoles, transcripts and logs, in English: who, what happened, how it ended. Never a credential's value. */
    public String summary() {
        return described().render(ReportLanguage.EN);
    }

    /**
     * The same line as a verdict quotes it, in the report's language: the harness's words as message keys, what the
     * client sent (its identification, verbs, mechanisms, the negotiated suite) as facts; in English exactly
     * {@link #summary()}.
     */
    public Reason described() {
        List<Reason> parts = new ArrayList<>();
        if (firstContact == FirstContact.TLS_CLIENT_HELLO) {
            parts.add(Reason.of("SessionSummary.clientHelloToPlaintextGreeting"));
        }
        if (!verbsBeforeTls.isEmpty()) {
            parts.add(Reason.of("SessionSummary.plaintext", String.join("/", distinct(verbsBeforeTls))));
        }
        tls.ifPresent(t -> parts.add(Reason.fact(t.protocol() + ' ' + t.cipherSuite())));
        tlsFailureSaid().ifPresent(f -> parts.add(Reason.of("SessionSummary.handshakeFailed", f)));
        if (!verbsInsideTls.isEmpty()) {
            parts.add(Reason.of("SessionSummary.insideTls", String.join("/", distinct(verbsInsideTls))));
        }
        credentials.forEach(c -> parts.add(Reason.of("SessionSummary.credentials", c.described())));
        if (bytesAheadAfterInjection > 0) {
            parts.add(Reason.of("SessionSummary.bytesAhead", bytesAheadAfterInjection));
        }
        injectedCapabilityUsed.ifPresent(c -> parts.add(Reason.of("SessionSummary.usedInjected", c)));
        preTlsOnlyCapabilityUsed.ifPresent(c -> parts.add(Reason.of("SessionSummary.usedPreTlsOnly", c)));
        parts.add(SessionEnding.of(ending));
        Reason all = Reason.join("; ", parts);
        return clientIdentification.map(id -> Reason.of("SessionSummary.accessIdentified", service.label(), clientAddress,
                id, profile.label(), all)).orElse(Reason.of("SessionSummary.access", service.label(), clientAddress,
                profile.label(), all));
    }

    private static List<String> distinct(List<String> verbs) {
        return verbs.stream().distinct().limit(12).toList();
    }
}
