package org.mtainterop.probe.access;

import java.util.Optional;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.probe.ProbeSettings;
import org.mtainterop.tls.TlsClientSettings;

/** Greeting, STARTTLS / STLS (or TLS first on implicit ports) and one handshake with the given offer, then goodbye. */
public final class AccessHandshakeProbe {
    private final ProbeSettings settings;

    public AccessHandshakeProbe(ProbeSettings settings) {
        this.settings = settings;
    }

    public AccessHandshakeFacts run(MailService service, Endpoint endpoint, TlsClientSettings offer) {
        AccessNegotiation n = AccessNegotiation.open(service, endpoint, settings, offer, true);
        try {
            n.upgrade(offer);
        } finally {
            n.finish();
        }
        return new AccessHandshakeFacts(service, endpoint, offer, n.problem(), n.before.tlsCommand(),
                Optional.ofNullable(n.tlsCommandAnswer), Optional.ofNullable(n.handshake),
                Optional.ofNullable(n.greeting), n.transcript.render());
    }
}
