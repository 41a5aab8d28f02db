package org.mtainterop.policy.checks;

import static org.mtainterop.observation.Observations.PIPELINED_TLS_COMMAND;
import static org.mtainterop.observation.Observations.TLS_DIALOGUE;

import java.util.Set;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.TlsPreconditions;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.PipelinedTlsCommandFacts;
import org.mtainterop.probe.TlsDialogueFacts;

/**
 * Plaintext commands pipelined behind the TLS command are discarded (RFC 3207 §4.2, RFC 2595 §3.1, the
 * CVE-2011-0411 class): DOWNGRADE-01 on port 25, ACCESS-04 on submission, IMAP and POP3 — one rule, two IDs.
 * A server that refuses the pipelined TLS command, or whose handshake fails only when plaintext follows the TLS
 * command (it read that plaintext as TLS data), lets nothing be injected.
 */
public final class PipelinedCommandsDiscardedCheck implements InboundCheck {
    /** Port 25. */
    public static final String ID = "DOWNGRADE-01";
    /** User access. */
    public static final String ACCESS_ID = "ACCESS-04";
    private final String id;

    private PipelinedCommandsDiscardedCheck(String id) {
        this.id = id;
    }

    /** DOWNGRADE-01, for an MX on port 25. */
    public static PipelinedCommandsDiscardedCheck onPort25() {
        return new PipelinedCommandsDiscardedCheck(ID);
    }

    /** ACCESS-04, for submission, IMAP and POP3. */
    public static PipelinedCommandsDiscardedCheck forUserAccess() {
        return new PipelinedCommandsDiscardedCheck(ACCESS_ID);
    }

    @Override
    public String requirementId() {
        return id;
    }

    /** The modern dialogue tells a refusal of pipelining apart from a refusal of the TLS command itself. */
    @Override
    public Set<Observation<?>> needs(MailService service) {
        return InboundCheck.observations(TLS_DIALOGUE, PIPELINED_TLS_COMMAND);
    }

    @Override
    public Verdict judge(ObservedFacts facts) {
        TlsDialogueFacts d = facts.get(TLS_DIALOGUE);
        var implicit = TlsPreconditions.implicitTls(id, d);
        if (implicit.isPresent()) {
            return implicit.get();
        }
        PipelinedTlsCommandFacts p = facts.get(PIPELINED_TLS_COMMAND);
        String command = d.beforeTls().tlsCommandName();
        if (p.answeredInsideTls().isPresent()) {
            return Verdict.failed(id, Reason.of("PipelinedCommandsDiscarded.failed.1",
                    command, p.answeredInsideTls().get()));
        }
        if (p.tlsEstablished()) {
            return Verdict.passed(id, Reason.of("PipelinedCommandsDiscarded.passed.1", command));
        }
        if (p.problem().isPresent()) {
            return Verdict.broken(id, p.problem().get().said());
        }
        if (!p.tlsCommandOffered()) {
            return Verdict.skipped(id, Reason.of("PipelinedCommandsDiscarded.skipped.1", command));
        }
        boolean worksAlone = d.tlsCommandAnswer().map(a -> a.accepted()).orElse(false);
        if (p.tlsCommandAnswer().isPresent() && !p.tlsCommandAnswer().get().accepted()) {
            return worksAlone
                    ? Verdict.passed(id, Reason.of("PipelinedCommandsDiscarded.passed.2",
                            command, p.tlsCommandAnswer().get().brief()))
                    : Verdict.skipped(id, Reason.of("PipelinedCommandsDiscarded.skipped.2",
                            command, p.tlsCommandAnswer().get().brief()));
        }
        if (worksAlone && d.tlsEstablished() && p.handshake().isPresent()) {
            return Verdict.passed(id, Reason.of("PipelinedCommandsDiscarded.passed.3",
                    command, p.handshake().get().failed()));
        }
        return Verdict.skipped(id, Reason.of("PipelinedCommandsDiscarded.skipped.3",
                p.handshake().map(h -> h.failed()).orElse(Reason.of("PipelinedCommandsDiscarded.notAttempted"))));
    }
}
