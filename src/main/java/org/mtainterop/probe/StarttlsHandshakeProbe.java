package org.mtainterop.probe;

import java.util.Optional;
import org.mtainterop.net.Endpoint;
import org.mtainterop.tls.TlsClientSettings;

/** EHLO, STARTTLS and one handshake with the given client settings, then QUIT. */
public final class StarttlsHandshakeProbe {
    private final ProbeSettings settings;

    public StarttlsHandshakeProbe(ProbeSettings settings) {
        this.settings = settings;
    }

    public StarttlsHandshakeFacts run(Endpoint endpoint, TlsClientSettings offer) {
        StarttlsNegotiation n = StarttlsNegotiation.open(endpoint, settings);
        try {
            n.upgrade(offer);
        } finally {
            n.finish();
        }
        return new StarttlsHandshakeFacts(offer, n.problem(), n.capabilities.offersStarttls(),
                Optional.ofNullable(n.starttlsReply), Optional.ofNullable(n.handshake), n.transcript.render());
    }
}
