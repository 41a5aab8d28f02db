package org.mtainterop.policy.checks;

import org.mtainterop.policy.Check;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.PipelinedStarttlsFacts;
import org.mtainterop.probe.TargetFacts;

/** DOWNGRADE-01: plaintext commands pipelined behind STARTTLS are discarded (RFC 3207 §4.2, CVE-2011-0411 class). */
public final class PipelinedCommandsDiscardedCheck implements Check {
    public static final String ID = "DOWNGRADE-01";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Verdict judge(TargetFacts facts) {
        PipelinedStarttlsFacts p = facts.pipelinedStarttls();
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
        boolean starttlsWorksAlone = facts.dialogue().starttlsReply().map(r -> r.code() == 220).orElse(false);
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
