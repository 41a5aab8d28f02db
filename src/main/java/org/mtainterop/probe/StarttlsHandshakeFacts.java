package org.mtainterop.probe;

import java.util.Optional;
import org.mtainterop.net.ConnectionProblem;
import org.mtainterop.tls.TlsClientSettings;
import org.mtainterop.tls.TlsHandshakeFacts;

/** One STARTTLS handshake with particular client settings (a pinned version, no SNI, an unknown SNI). */
public record StarttlsHandshakeFacts(TlsClientSettings offered, Optional<ConnectionProblem> problem,
                                     boolean starttlsOffered, Optional<TlsHandshakeFacts> handshake,
                                     String transcript) {

    public boolean completed() {
        return handshake.map(TlsHandshakeFacts::completed).orElse(false);
    }
}
