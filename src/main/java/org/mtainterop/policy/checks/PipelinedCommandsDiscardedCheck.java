package org.mtainterop.policy.checks;

import static org.mtainterop.observation.Observations.PIPELINED_STARTTLS;
import static org.mtainterop.observation.Observations.TLS_DIALOGUE;

import java.util.Set;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.PipelinedStarttlsFacts;

/** DOWNGRADE-01: plaintext commands pipelined behind STARTTLS are discarded (RFC 3207 §4.2, CVE-2011-0411 class). */
public final class PipelinedCommandsDiscardedCheck implements InboundCheck {
    public static final String ID = "DOWNGRADE-01";

    @Override
    public String requirementId() {
        return ID;
    }

    /** The modern dialogue tells a refusal of pipelining apart from a refusal of STARTTLS itself. */
    @Override
    public Set<Observation<?>> needs(MailService service) {
        return InboundCheck.observations(PIPELINED_STARTTLS, TLS_DIALOGUE);
    }

    @Override
    public Verdict judge(ObservedFacts facts) {
        PipelinedStarttlsFacts p = facts.get(PIPELINED_STARTTLS);
        if (p.answeredInsideTls().isPresent()) {
            return Verdict.failed(ID, "a NOOP sent in plaintext with STARTTLS was answered inside TLS ("
                    + p.answeredInsideTls().get().brief() + "): command injection is possible");
        }
        if (p.tlsEstablished()) {
            return Verdict.passed(ID, "the plaintext NOOP pipelined behind STARTTLS was discarded");
        }
        if (p.problem().isPresent()) {
            return Verdict.broken(ID, p.problem().get().reason());
        }
        if (!p.starttlsOffered()) {
            return Verdict.skipped(ID, "needs TLS, but the server does not offer STARTTLS");
        }
        boolean starttlsWorksAlone = facts.get(TLS_DIALOGUE).tlsCommandAnswer().map(a -> a.accepted()).orElse(false);
        if (starttlsWorksAlone && p.starttlsReply().isPresent() && p.starttlsReply().get().code() != 220) {
            return Verdict.passed(ID, "STARTTLS with a command pipelined behind it was refused ("
                    + p.starttlsReply().get().brief() + "): nothing can be injected");
        }
        if (p.starttlsReply().isPresent() && p.starttlsReply().get().code() != 220) {
            return Verdict.skipped(ID, "needs TLS, but STARTTLS was answered " + p.starttlsReply().get().brief());
        }
        return Verdict.skipped(ID, "needs TLS, but the handshake failed: "
                + p.handshake().map(h -> h.failure()).orElse("not attempted"));
    }
}
