package org.mtainterop.policy.checks;

import static org.mtainterop.observation.Observations.TLS_DIALOGUE;

import java.util.Set;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.TlsPreconditions;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.TlsDialogueFacts;
import org.mtainterop.tls.TlsHandshakeFacts;

/**
 * STARTTLS-08, on every service: after the server accepts STARTTLS / STLS (or on connect, on an implicit-TLS
 * port), a handshake with a modern client (TLS 1.2/1.3, default suites, SNI = the reference name) completes.
 */
public final class ModernHandshakeCheck implements InboundCheck {
    public static final String ID = "STARTTLS-08";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Set<Observation<?>> needs(MailService service) {
        return InboundCheck.observations(TLS_DIALOGUE);
    }

    @Override
    public Verdict judge(ObservedFacts facts) {
        TlsDialogueFacts d = facts.get(TLS_DIALOGUE);
        if (!d.service().implicitTls()) {
            var notAsked = TlsPreconditions.notAsked(ID, d);
            if (notAsked.isPresent()) {
                return notAsked.get();
            }
            String command = d.tlsCommandName();
            if (!d.beforeTls().tlsCommand()) {
                return Verdict.skipped(ID, Reason.of("ModernHandshake.skipped.1", command));
            }
            if (d.tlsCommandAnswer().isEmpty()) {
                return Verdict.broken(ID, d.problem().map(p -> p.said()).orElse(Reason.of("ModernHandshake.noAnswerTo",
                        command)));
            }
            if (!d.tlsCommandAnswer().get().accepted()) {
                return Verdict.failed(ID, Reason.of("ModernHandshake.failed.1",
                        command, d.tlsCommandAnswer().get().brief()));
            }
        }
        if (d.handshake().isEmpty()) {
            return Verdict.broken(ID, d.problem().map(p -> p.said()).orElse(Reason.of("ModernHandshake.theHandshakeDidNotRun")));
        }
        TlsHandshakeFacts h = d.handshake().get();
        if (!h.completed()) {
            return Verdict.failed(ID, Reason.of("ModernHandshake.failed.2", h.failed()));
        }
        return Verdict.passed(ID, Reason.of("ModernHandshake.passed.1", h.protocol(), h.cipherSuite()));
    }
}
