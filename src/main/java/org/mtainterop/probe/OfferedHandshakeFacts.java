package org.mtainterop.probe;

import java.util.Optional;
import org.mtainterop.dialect.AccessAnswer;
import org.mtainterop.net.ConnectionProblem;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.tls.TlsClientSettings;
import org.mtainterop.tls.TlsHandshakeFacts;

/**
 * One handshake with particular client settings, on any service (TLS 1.2 only; on port 25 also no SNI and an
 * unknown SNI), or with the implicit-TLS counterpart of a STARTTLS service (ACCESS-03): where, what was offered,
 * how far it got.
 */
public record OfferedHandshakeFacts(MailService service, Endpoint endpoint, TlsClientSettings offered,
                                    Optional<ConnectionProblem> problem, boolean tlsCommandOffered,
                                    Optional<AccessAnswer> tlsCommandAnswer, Optional<TlsHandshakeFacts> handshake,
                                    Optional<AccessAnswer> greeting, String transcript) {

    public boolean completed() {
        return handshake.map(TlsHandshakeFacts::completed).orElse(false);
    }

    /** Why TLS was not reached when the TLS command was advertised but refused: "STARTTLS was answered 454 ...". */
    public Optional<String> tlsCommandRefusal() {
        return tlsCommandAnswer.filter(a -> !a.accepted())
                .map(a -> service.tlsCommandName() + " was answered " + a.brief());
    }
}
