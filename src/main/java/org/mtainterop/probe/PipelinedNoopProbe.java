package org.mtainterop.probe;

import java.util.Optional;
import org.mtainterop.dialect.ServerAnswer;
import org.mtainterop.policy.Reason;
import org.mtainterop.tls.TlsClientSettings;

/**
 * The command-injection probe for every service (the CVE-2011-0411 class, RFC 3207 §4.2, RFC 2595 §3.1):
 * STARTTLS / STLS and NOOP in one TCP segment, the handshake, then a look inside TLS for an answer to the
 * plaintext NOOP, the way the service is looked at ({@link InjectedNoopCheck}). DOWNGRADE-01 on port 25,
 * ACCESS-04 for user access. Nothing is sent on an implicit-TLS port.
 */
public final class PipelinedNoopProbe {
    private PipelinedNoopProbe() {
    }

    /**
     * Runs on an opened negotiation and finishes it: the answer inside TLS to the NOOP, if any. The answer to the
     * TLS command and the handshake are the negotiation's ({@link TlsNegotiation#handshakeAfterTlsCommand}).
     */
    public static <R> Optional<ServerAnswer<R>> run(TlsNegotiation<R> n, TlsClientSettings offer,
                                                    InjectedNoopCheck<R> check) {
        try {
            if (!n.upgradeWithPipelinedNoop(offer)) {
                return Optional.empty();
            }
            Reason during = Reason.of("During.pipelined", n.capabilitiesBeforeTls().tlsCommandName());
            return n.exchange(during, dialect -> check.lookInsideTls(dialect, n::note)).flatMap(answer -> answer);
        } finally {
            n.finish();
        }
    }
}
