package org.mtainterop.probe;

import org.mtainterop.access.ServerAnswer;
import org.mtainterop.net.Endpoint;
import org.mtainterop.smtp.SmtpReply;
import org.mtainterop.tls.TlsClientSettings;

/**
 * DOWNGRADE-01 on port 25: the {@link PipelinedNoopProbe} ({@code STARTTLS\r\nNOOP\r\n} in one write, the
 * handshake), then EHLO at once: a server that kept the plaintext NOOP answers it first, inside TLS, with a
 * single-line reply ({@link InjectedNoopCheck#firstReplyToEhlo}).
 */
public final class PipelinedStarttlsProbe {
    private static final int AMBIGUITY_WAIT_MILLIS = 1500;
    private final ProbeSettings settings;

    public PipelinedStarttlsProbe(ProbeSettings settings) {
        this.settings = settings;
    }

    public PipelinedStarttlsFacts run(Endpoint endpoint) {
        TlsNegotiation<SmtpReply> n = TlsNegotiation.openSmtp(endpoint, settings);
        var injected = PipelinedNoopProbe.run(n, TlsClientSettings.modern(endpoint.referenceName()),
                InjectedNoopCheck.firstReplyToEhlo(AMBIGUITY_WAIT_MILLIS));
        return new PipelinedStarttlsFacts(n.problem(), n.tlsCommandOffered(), n.tlsCommandAnswer().map(ServerAnswer::response),
                n.handshakeAfterTlsCommand(), injected.map(ServerAnswer::response), n.transcript());
    }
}
