package org.mtainterop.probe;

import java.util.Optional;
import org.mtainterop.net.ConnectionProblem;
import org.mtainterop.smtp.SmtpReply;
import org.mtainterop.tls.TlsClientSettings;
import org.mtainterop.tls.TlsHandshakeFacts;

/** One STARTTLS handshake with particular client settings (a pinned version, no SNI, an unknown SNI). */
public record StarttlsHandshakeFacts(TlsClientSettings offered, Optional<ConnectionProblem> problem,
                                     boolean starttlsOffered, Optional<SmtpReply> starttlsReply,
                                     Optional<TlsHandshakeFacts> handshake, String transcript) {

    /** Why TLS was not reached, when STARTTLS was advertised but not answered with 220. */
    public Optional<String> starttlsRefusal() {
        return starttlsReply.filter(r -> r.code() != 220).map(r -> "STARTTLS was answered " + r.brief());
    }

    public boolean completed() {
        return handshake.map(TlsHandshakeFacts::completed).orElse(false);
    }
}
