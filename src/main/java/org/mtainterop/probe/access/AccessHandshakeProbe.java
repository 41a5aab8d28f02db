package org.mtainterop.probe.access;

import org.mtainterop.access.ServerAnswer;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.probe.OfferedHandshakeProbe;
import org.mtainterop.probe.ProbeSettings;
import org.mtainterop.probe.TlsNegotiation;
import org.mtainterop.tls.TlsClientSettings;

/**
 * User access: greeting, STARTTLS / STLS (or TLS first on implicit ports) and one handshake with the given
 * offer, then goodbye ({@link OfferedHandshakeProbe}).
 */
public final class AccessHandshakeProbe {
    private final ProbeSettings settings;

    public AccessHandshakeProbe(ProbeSettings settings) {
        this.settings = settings;
    }

    public AccessHandshakeFacts run(MailService service, Endpoint endpoint, TlsClientSettings offer) {
        TlsNegotiation<?> n = OfferedHandshakeProbe.run(TlsNegotiation.open(service, endpoint, settings, offer, true), offer);
        return new AccessHandshakeFacts(service, endpoint, offer, n.problem(), n.tlsCommandOffered(),
                n.tlsCommandAnswer().map(ServerAnswer::answer), n.handshake(), n.greeting().map(ServerAnswer::answer),
                n.transcript());
    }
}
