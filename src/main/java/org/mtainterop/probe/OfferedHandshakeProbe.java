package org.mtainterop.probe;

import org.mtainterop.dialect.ServerAnswer;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.tls.TlsClientSettings;

/**
 * One handshake with particular client settings, for every service: greeting, capabilities, STARTTLS / STLS
 * (or TLS first on an implicit-TLS port, opened with the same offer), the handshake, goodbye (QUIT on port 25).
 * The extra handshakes beside the main dialogue: TLS 1.2 only on every service, {@link HandshakeVariant} on port
 * 25, the implicit-TLS counterpart (ACCESS-03) for user access.
 */
public final class OfferedHandshakeProbe {
    private final ProbeSettings settings;

    public OfferedHandshakeProbe(ProbeSettings settings) {
        this.settings = settings;
    }

    public OfferedHandshakeFacts run(MailService service, Endpoint endpoint, TlsClientSettings offer) {
        TlsNegotiation<?> n = service == MailService.SMTP ? TlsNegotiation.openSmtp(endpoint, settings)
                : TlsNegotiation.open(service, endpoint, settings, offer, true);
        try {
            n.upgrade(offer);
        } finally {
            n.finish();
        }
        return new OfferedHandshakeFacts(service, endpoint, offer, n.problem(), n.tlsCommandOffered(),
                n.tlsCommandAnswer().map(ServerAnswer::answer), n.handshake(), n.greeting().map(ServerAnswer::answer),
                n.transcript());
    }
}
