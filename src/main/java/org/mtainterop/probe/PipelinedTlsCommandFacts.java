package org.mtainterop.probe;

import java.util.Optional;
import org.mtainterop.dialect.AccessAnswer;
import org.mtainterop.net.ConnectionProblem;
import org.mtainterop.net.MailService;
import org.mtainterop.tls.TlsHandshakeFacts;

/**
 * What happened to a plaintext NOOP sent in the same segment as the TLS command (STARTTLS / STLS; the
 * CVE-2011-0411 class), on any service: the answer to the TLS command, the handshake, and the answer to the NOOP
 * if the server gave one inside TLS ({@code answeredInsideTls}).
 */
public record PipelinedTlsCommandFacts(MailService service, Optional<ConnectionProblem> problem,
                                       boolean tlsCommandOffered, Optional<AccessAnswer> tlsCommandAnswer,
                                       Optional<TlsHandshakeFacts> handshake, Optional<String> answeredInsideTls,
                                       String transcript) {

    public boolean tlsEstablished() {
        return handshake.map(TlsHandshakeFacts::completed).orElse(false);
    }
}
