package org.mtainterop.probe;

import org.mtainterop.access.ServerAnswer;
import org.mtainterop.net.Endpoint;
import org.mtainterop.smtp.SmtpReply;
import org.mtainterop.tls.TlsClientSettings;

/** Port 25: EHLO, STARTTLS and one handshake with the given client settings, then QUIT ({@link OfferedHandshakeProbe}). */
public final class StarttlsHandshakeProbe {
    private final ProbeSettings settings;

    public StarttlsHandshakeProbe(ProbeSettings settings) {
        this.settings = settings;
    }

    public StarttlsHandshakeFacts run(Endpoint endpoint, TlsClientSettings offer) {
        TlsNegotiation<SmtpReply> n = OfferedHandshakeProbe.run(TlsNegotiation.openSmtp(endpoint, settings), offer);
        return new StarttlsHandshakeFacts(offer, n.problem(), n.tlsCommandOffered(),
                n.tlsCommandAnswer().map(ServerAnswer::response), n.handshake(), n.transcript());
    }
}
