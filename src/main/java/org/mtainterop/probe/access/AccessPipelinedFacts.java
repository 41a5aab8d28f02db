package org.mtainterop.probe.access;

import java.util.Optional;
import org.mtainterop.access.AccessAnswer;
import org.mtainterop.net.ConnectionProblem;
import org.mtainterop.tls.TlsHandshakeFacts;

/**
 * STARTTLS / STLS with a NOOP pipelined behind it in one segment: the answer to the TLS command, the
 * handshake, and any response that came inside TLS without being asked (the answer to the plaintext NOOP).
 */
public record AccessPipelinedFacts(Optional<ConnectionProblem> problem, boolean tlsCommandOffered,
                                   Optional<AccessAnswer> tlsCommandAnswer, Optional<TlsHandshakeFacts> handshake,
                                   Optional<String> answeredInsideTls, String transcript) {

    public boolean tlsEstablished() {
        return handshake.map(TlsHandshakeFacts::completed).orElse(false);
    }
}
