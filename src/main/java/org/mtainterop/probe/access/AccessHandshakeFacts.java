package org.mtainterop.probe.access;

import java.util.Optional;
import org.mtainterop.access.AccessAnswer;
import org.mtainterop.net.ConnectionProblem;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.tls.TlsClientSettings;
import org.mtainterop.tls.TlsHandshakeFacts;

/**
 * One handshake with a user-access service with particular client settings (TLS 1.2 only), or with the
 * implicit-TLS counterpart of a STARTTLS service (ACCESS-03): where, what was offered, how far it got.
 */
public record AccessHandshakeFacts(MailService service, Endpoint endpoint, TlsClientSettings offered,
                                   Optional<ConnectionProblem> problem, boolean tlsCommandOffered,
                                   Optional<AccessAnswer> tlsCommandAnswer, Optional<TlsHandshakeFacts> handshake,
                                   Optional<AccessAnswer> greeting, String transcript) {

    public boolean completed() {
        return handshake.map(TlsHandshakeFacts::completed).orElse(false);
    }

    /** Why TLS was not reached when the TLS command was advertised but refused. */
    public Optional<String> tlsCommandRefusal() {
        return tlsCommandAnswer.filter(a -> !a.accepted()).map(a -> "the TLS command was answered " + a.brief());
    }
}
