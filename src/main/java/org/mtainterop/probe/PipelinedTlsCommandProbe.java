package org.mtainterop.probe;

import org.mtainterop.dialect.ServerAnswer;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.tls.TlsClientSettings;

/**
 * DOWNGRADE-01 on port 25, ACCESS-04 and -05 for user access: the {@link PipelinedNoopProbe}, the NOOP's answer
 * looked for the way the service allows. Port 25 sends EHLO at once: a server that kept the plaintext NOOP answers
 * it first, with a single-line reply ({@link InjectedNoopCheck#firstReplyToEhlo}); user access waits in silence,
 * and any response before the harness asks anything answers the NOOP ({@link InjectedNoopCheck#silenceFor}).
 */
public final class PipelinedTlsCommandProbe {
    /** Port 25: how long to wait for the rest of an ambiguous reply after EHLO. */
    private static final int AMBIGUITY_WAIT_MILLIS = 1500;
    /** User access: how long silence must last inside TLS; a server that kept the NOOP answers it at once. */
    private static final int SILENCE_MILLIS = 1500;
    private final ProbeSettings settings;

    public PipelinedTlsCommandProbe(ProbeSettings settings) {
        this.settings = settings;
    }

    public PipelinedTlsCommandFacts run(MailService service, Endpoint endpoint) {
        TlsClientSettings modern = TlsClientSettings.modern(endpoint.referenceName());
        if (!service.userAccess()) {
            return facts(service, TlsNegotiation.openSmtp(endpoint, settings), modern,
                    InjectedNoopCheck.firstReplyToEhlo(AMBIGUITY_WAIT_MILLIS));
        }
        return inSilence(service, TlsNegotiation.open(service, endpoint, settings, modern, true), modern);
    }

    private static <R> PipelinedTlsCommandFacts inSilence(MailService service, TlsNegotiation<R> n,
                                                          TlsClientSettings modern) {
        return facts(service, n, modern, InjectedNoopCheck.silenceFor(SILENCE_MILLIS));
    }

    private static <R> PipelinedTlsCommandFacts facts(MailService service, TlsNegotiation<R> n,
                                                      TlsClientSettings modern, InjectedNoopCheck<R> look) {
        var injected = PipelinedNoopProbe.run(n, modern, look);
        return new PipelinedTlsCommandFacts(service, n.problem(), n.tlsCommandOffered(),
                n.tlsCommandAnswer().map(ServerAnswer::answer), n.handshakeAfterTlsCommand(),
                injected.map(a -> a.answer().brief()), n.transcript());
    }
}
