package org.mtainterop.adversary.smtp;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mtainterop.adversary.NegotiatedTls;
import org.mtainterop.adversary.SessionEnding;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;
import org.mtainterop.smtp.TranscriptEvent;
import org.mtainterop.tls.HandshakeFailure;
import org.mtainterop.tls.raw.ClientHelloOffer;

/**
 * What one sending client did in one session with the adversarial receiver: immutable, the evidence of
 * every outbound verdict.
 *
 * @param ehloNames                 every EHLO/HELO argument, in order (before and inside TLS)
 * @param starttlsSent              the client issued STARTTLS
 * @param clientHello               the ClientHello as read off the wire before JSSE saw it
 * @param clientHelloProblem        why no ClientHello could be read after the 220 (garbage, closed, too big)
 * @param tls                       the negotiated parameters when the handshake completed
 * @param tlsFailure                why the handshake did not complete (the profile's doing, or the client's)
 * @param plaintextTransaction      MAIL, RCPT or DATA verbs the client sent before TLS, in order
 * @param ehloInsideTls             the client re-issued EHLO after the handshake
 * @param transactionInsideTls      MAIL, RCPT or DATA verbs sent inside TLS, in order
 * @param preTlsExtensionUsed       the pre-TLS-only extension parameter or command used inside TLS, if any
 * @param bytesBeforeStarttlsReady  what the client sent after STARTTLS and before the 220, escaped
 * @param commandsAheadOfEhloReply  bytes the client had sent behind its inside-TLS EHLO before its reply came
 * @param tls10Response             TLS10_ONLY: how the client answered a TLS 1.0 ServerHello
 * @param delivered                 the message that was accepted (250 after DATA), if any
 * @param ending                    how the session ended (QUIT, closed, cut off by a limit)
 */
public record SessionFacts(AdversarialProfile profile, String clientAddress, Instant started, Instant ended,
                           List<String> ehloNames, boolean starttlsSent, Optional<ClientHelloOffer> clientHello,
                           Optional<Reason> clientHelloProblem, Optional<NegotiatedTls> tls,
                           Optional<String> tlsFailure, List<String> plaintextTransaction, boolean ehloInsideTls,
                           List<String> transactionInsideTls, Optional<String> preTlsExtensionUsed,
                           Optional<String> bytesBeforeStarttlsReady, int commandsAheadOfEhloReply,
                           Optional<String> tls10Response, Optional<DeliveredMessage> delivered, String ending,
                           List<TranscriptEvent> transcript, String renderedTranscript) {

    public SessionFacts {
        ehloNames = List.copyOf(ehloNames);
        plaintextTransaction = List.copyOf(plaintextTransaction);
        transactionInsideTls = List.copyOf(transactionInsideTls);
        transcript = List.copyOf(transcript);
    }

    /** The accepted message: envelope, size, whether it came inside TLS, and its Message-ID. */
    public record DeliveredMessage(String envelopeFrom, List<String> recipients, int bytes, boolean overTls,
                                   Optional<String> messageId) {
        public DeliveredMessage {
            recipients = List.copyOf(recipients);
        }
    }

    /** The first EHLO/HELO name, or "?" if the client never greeted. */
    public String clientName() {
        return ehloNames.isEmpty() ? "?" : ehloNames.get(0);
    }

    public boolean mailInPlaintext() {
        return plaintextTransaction.contains("MAIL");
    }

    public boolean tlsEstablished() {
        return tls.isPresent();
    }

    /** MAIL inside TLS although the chain was bad on purpose: the client did not verify (CERT-06). */
    public boolean wentOnAfterBadCertificate() {
        return profile.badCertificate() && tlsEstablished() && transactionInsideTls.contains("MAIL");
    }

    public Duration duration() {
        return Duration.between(started, ended);
    }

    /** One line for transcripts, consoles and logs, in English: who, what happened, how it ended. */
    public String summary() {
        return described().render(ReportLanguage.EN);
    }

    /**
     * The same line as a verdict quotes it, in the report's language: the harness's words as message keys, what the
     * client sent (its EHLO name, verbs, the negotiated suite) as facts; in English exactly {@link #summary()}.
     */
    public Reason described() {
        List<Reason> parts = new ArrayList<>();
        if (!plaintextTransaction.isEmpty()) {
            parts.add(Reason.of("SessionSummary.plaintext", String.join("/", plaintextTransaction)));
        }
        if (starttlsSent) {
            parts.add(Reason.fact("STARTTLS"));
        }
        tls.ifPresent(t -> parts.add(Reason.fact(t.protocol() + ' ' + t.cipherSuite())));
        tlsFailure.ifPresent(f -> parts.add(Reason.of("SessionSummary.handshakeFailed", HandshakeFailure.of(f))));
        if (!transactionInsideTls.isEmpty()) {
            parts.add(Reason.of("SessionSummary.insideTls", String.join("/", transactionInsideTls)));
        }
        delivered.ifPresent(d -> parts.add(Reason.of(d.overTls() ? "SessionSummary.deliveredInsideTls"
                : "SessionSummary.deliveredInPlaintext")));
        parts.add(SessionEnding.of(ending));
        return Reason.of("SessionSummary.outbound", clientAddress, clientName(), Reason.join("; ", parts));
    }
}
