package org.mtainterop.probe;

import java.util.Optional;
import org.mtainterop.net.ConnectionProblem;
import org.mtainterop.smtp.SmtpReply;
import org.mtainterop.tls.TlsHandshakeFacts;

/**
 * What happened to a plaintext command sent in the same segment as STARTTLS (CVE-2011-0411 class):
 * {@code answeredInsideTls} holds the server's answer to it, if it gave one inside TLS.
 */
public record PipelinedStarttlsFacts(Optional<ConnectionProblem> problem, boolean starttlsOffered,
                                     Optional<SmtpReply> starttlsReply, Optional<TlsHandshakeFacts> handshake,
                                     Optional<SmtpReply> answeredInsideTls, String transcript) {

    public boolean tlsEstablished() {
        return handshake.map(TlsHandshakeFacts::completed).orElse(false);
    }
}
