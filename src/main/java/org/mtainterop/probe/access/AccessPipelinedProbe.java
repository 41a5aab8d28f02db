package org.mtainterop.probe.access;

import org.mtainterop.access.ServerAnswer;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.probe.InjectedNoopCheck;
import org.mtainterop.probe.PipelinedNoopProbe;
import org.mtainterop.probe.ProbeSettings;
import org.mtainterop.probe.TlsNegotiation;
import org.mtainterop.tls.TlsClientSettings;

/**
 * ACCESS-04: the {@link PipelinedNoopProbe} for user access, where silence inside TLS is the compliant answer
 * and any response before the harness asks anything answers the plaintext NOOP ({@link InjectedNoopCheck#silenceFor}).
 */
public final class AccessPipelinedProbe {
    /** How long silence must last inside TLS: a server that kept the NOOP answers it at once. */
    static final int SILENCE_MILLIS = 1500;
    private final ProbeSettings settings;

    public AccessPipelinedProbe(ProbeSettings settings) {
        this.settings = settings;
    }

    public AccessPipelinedFacts run(MailService service, Endpoint endpoint) {
        TlsClientSettings modern = TlsClientSettings.modern(endpoint.referenceName());
        return run(TlsNegotiation.open(service, endpoint, settings, modern, true), modern);
    }

    private static <R> AccessPipelinedFacts run(TlsNegotiation<R> n, TlsClientSettings modern) {
        var injected = PipelinedNoopProbe.run(n, modern, InjectedNoopCheck.<R>silenceFor(SILENCE_MILLIS));
        return new AccessPipelinedFacts(n.problem(), n.tlsCommandOffered(), n.tlsCommandAnswer().map(ServerAnswer::answer),
                n.handshakeAfterTlsCommand(), injected.map(a -> a.answer().brief()), n.transcript());
    }
}
