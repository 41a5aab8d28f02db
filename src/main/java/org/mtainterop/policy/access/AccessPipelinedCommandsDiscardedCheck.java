package org.mtainterop.policy.access;

import static org.mtainterop.observation.Observations.ACCESS_PIPELINED;
import static org.mtainterop.observation.Observations.TLS_DIALOGUE;

import java.util.Set;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.TlsPreconditions;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.TlsDialogueFacts;
import org.mtainterop.probe.access.AccessPipelinedFacts;

/**
 * ACCESS-04: a plaintext command pipelined behind STARTTLS / STLS is discarded (RFC 2595 §3.1, RFC 3207
 * §4.2; the DOWNGRADE-01 class per protocol): any response inside TLS before the client asks = injection.
 */
public final class AccessPipelinedCommandsDiscardedCheck implements InboundCheck {
    public static final String ID = "ACCESS-04";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Set<Observation<?>> needs(MailService service) {
        return InboundCheck.observations(TLS_DIALOGUE, ACCESS_PIPELINED);
    }

    @Override
    public Verdict judge(ObservedFacts facts) {
        TlsDialogueFacts d = facts.get(TLS_DIALOGUE);
        var implicit = TlsPreconditions.implicitTls(ID, d);
        if (implicit.isPresent()) {
            return implicit.get();
        }
        AccessPipelinedFacts p = facts.get(ACCESS_PIPELINED);
        String command = d.beforeTls().tlsCommandName();
        if (p.answeredInsideTls().isPresent()) {
            return Verdict.failed(ID, "a NOOP sent in plaintext with " + command + " was answered inside TLS ("
                    + p.answeredInsideTls().get() + "): command injection is possible");
        }
        if (p.tlsEstablished()) {
            return Verdict.passed(ID, "the plaintext NOOP pipelined behind " + command + " was discarded");
        }
        if (p.problem().isPresent()) {
            return Verdict.broken(ID, p.problem().get().reason());
        }
        if (!p.tlsCommandOffered()) {
            return Verdict.skipped(ID, "needs TLS, but the server does not advertise " + command);
        }
        boolean worksAlone = d.tlsCommandAnswer().map(a -> a.accepted()).orElse(false);
        if (p.tlsCommandAnswer().isPresent() && !p.tlsCommandAnswer().get().accepted()) {
            return worksAlone
                    ? Verdict.passed(ID, command + " with a command pipelined behind it was refused ("
                        + p.tlsCommandAnswer().get().brief() + "): nothing can be injected")
                    : Verdict.skipped(ID, "needs TLS, but " + command + " was answered " + p.tlsCommandAnswer().get().brief());
        }
        if (worksAlone && d.tlsEstablished() && p.handshake().isPresent()) {
            return Verdict.passed(ID, "with a command pipelined behind " + command + " the handshake failed ("
                    + p.handshake().get().failure() + "), while it completes without: the server read the"
                    + " plaintext as TLS data, nothing can be injected");
        }
        return Verdict.skipped(ID, "needs TLS, but the handshake failed: "
                + p.handshake().map(h -> h.failure()).orElse("not attempted"));
    }
}
