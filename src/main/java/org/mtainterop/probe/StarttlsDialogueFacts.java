package org.mtainterop.probe;

import java.util.Optional;
import org.mtainterop.cert.CertificateFacts;
import org.mtainterop.net.ConnectionProblem;
import org.mtainterop.net.Endpoint;
import org.mtainterop.smtp.EhloCapabilities;
import org.mtainterop.smtp.SmtpReply;
import org.mtainterop.tls.TlsHandshakeFacts;

/**
 * Everything one modern STARTTLS conversation showed (RFC 3207): greeting, capabilities before TLS, the
 * STARTTLS answer, the handshake and chain, the answer to MAIL before a new EHLO, and the capabilities
 * inside TLS. Fields are empty where the conversation did not get that far; {@code problem} says why.
 * {@code mailProbeAllowed} is false when MAIL was not sent because the target is a live MX and the run
 * did not allow transactions (then {@code mailWithoutEhloReply} is empty by choice, not by failure).
 */
public record StarttlsDialogueFacts(Endpoint endpoint, Optional<ConnectionProblem> problem,
                                    Optional<SmtpReply> greeting, Optional<SmtpReply> ehloReply,
                                    EhloCapabilities capabilities, Optional<SmtpReply> starttlsReply,
                                    Optional<TlsHandshakeFacts> handshake, Optional<CertificateFacts> certificate,
                                    Optional<SmtpReply> mailWithoutEhloReply, Optional<SmtpReply> ehloInsideTlsReply,
                                    EhloCapabilities capabilitiesInsideTls, String transcript,
                                    boolean mailProbeAllowed) {

    public boolean tlsEstablished() {
        return handshake.map(TlsHandshakeFacts::completed).orElse(false);
    }
}
