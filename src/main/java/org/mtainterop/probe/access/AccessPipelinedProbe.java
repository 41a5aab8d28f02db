package org.mtainterop.probe.access;

import java.io.IOException;
import java.util.Optional;
import org.mtainterop.access.AccessAnswer;
import org.mtainterop.net.ConnectionProblem;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.net.ProtocolViolation;
import org.mtainterop.probe.ProbeSettings;
import org.mtainterop.tls.TlsClientSettings;
import org.mtainterop.tls.TlsHandshakeFacts;

/**
 * The command-injection probe for user access (ACCESS-04, the DOWNGRADE-01 class, RFC 2595 §3.1 / RFC 3207
 * §4.2): STARTTLS / STLS and NOOP in one TCP segment, the handshake, then silence is the compliant answer;
 * any response inside TLS before the harness asks anything answers the plaintext NOOP.
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
        AccessNegotiation n = AccessNegotiation.open(service, endpoint, settings, modern, true);
        AccessAnswer answer = null;
        TlsHandshakeFacts handshake = null;
        String injected = null;
        try {
            if (n.greeted() && !service.implicitTls() && n.before.tlsCommand()) {
                n.transcript.note("pipelining NOOP behind " + n.before.tlsCommandName() + " in one segment");
                answer = n.dialect.startTlsWithPipelinedNoop();
                if (answer.accepted()) {
                    handshake = n.connection.startTls(modern);
                    n.handshake = handshake;
                    if (handshake.completed()) {
                        injected = n.dialect.unsolicitedWithin(SILENCE_MILLIS).orElse(null);
                        if (injected != null) {
                            n.transcript.note("a response came inside TLS unasked: it answers the plaintext NOOP");
                        }
                    }
                }
            }
        } catch (IOException e) {
            n.problem = ConnectionProblem.of(e, "during the pipelined " + n.before.tlsCommandName());
        } catch (ProtocolViolation e) {
            n.problem = AccessNegotiation.malformed(e);
        } finally {
            n.finish();
        }
        return new AccessPipelinedFacts(n.problem(), n.before.tlsCommand(), Optional.ofNullable(answer),
                Optional.ofNullable(handshake), Optional.ofNullable(injected), n.transcript.render());
    }
}
