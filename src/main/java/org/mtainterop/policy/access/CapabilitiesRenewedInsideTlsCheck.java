package org.mtainterop.policy.access;

import static org.mtainterop.observation.Observations.PIPELINED_TLS_COMMAND;
import static org.mtainterop.observation.Observations.TLS_DIALOGUE;

import java.util.Set;
import org.mtainterop.dialect.AccessCapabilities;
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
 * ACCESS-05: the server forgets its pre-TLS state (RFC 2595 §3.1, RFC 9051 §6.2.1, RFC 3207 §4.2): inside
 * TLS the capabilities are announced afresh, without the TLS command, and nothing sent before the
 * handshake is answered inside it.
 */
public final class CapabilitiesRenewedInsideTlsCheck implements InboundCheck {
    public static final String ID = "ACCESS-05";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Set<Observation<?>> needs(MailService service) {
        return InboundCheck.observations(TLS_DIALOGUE, PIPELINED_TLS_COMMAND);
    }

    @Override
    public Verdict judge(ObservedFacts facts) {
        TlsDialogueFacts d = facts.get(TLS_DIALOGUE);
        var unmet = TlsPreconditions.implicitTls(ID, d).or(() -> TlsPreconditions.unmet(ID, d));
        if (unmet.isPresent()) {
            return unmet.get();
        }
        AccessCapabilities inside = d.insideTls();
        if (!inside.answered()) {
            return d.problem().map(p -> Verdict.broken(ID, p.said()))
                    .orElse(Verdict.failed(ID, Reason.of("CapabilitiesRenewedInsideTls.failed.1")));
        }
        if (inside.tlsCommand()) {
            return Verdict.failed(ID, Reason.of("CapabilitiesRenewedInsideTls.failed.2", inside.tlsCommandName(), inside));
        }
        PipelinedTlsCommandFacts p = facts.get(PIPELINED_TLS_COMMAND);
        if (p.answeredInsideTls().isPresent()) {
            return Verdict.failed(ID, Reason.of("CapabilitiesRenewedInsideTls.failed.3", p.answeredInsideTls().get()));
        }
        return Verdict.passed(ID, Reason.of("CapabilitiesRenewedInsideTls.passed.1", inside.tlsCommandName(), inside));
    }
}
