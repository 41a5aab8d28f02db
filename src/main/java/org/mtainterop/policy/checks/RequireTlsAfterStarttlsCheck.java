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
import org.mtainterop.probe.SmtpDialogue;
import org.mtainterop.probe.TlsDialogueFacts;

/** REQTLS-01: REQUIRETLS is advertised only inside TLS (RFC 8689 §4.1). */
public final class RequireTlsAfterStarttlsCheck implements InboundCheck {
    public static final String ID = "REQTLS-01";

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
        SmtpDialogue smtp = d.smtp();
        if (smtp.capabilities().has("REQUIRETLS")) {
            return Verdict.failed(ID, Reason.of("RequireTlsAfterStarttls.failed.1"));
        }
        var unmet = TlsPreconditions.unmet(ID, d);
        if (unmet.isPresent()) {
            return unmet.get();
        }
        boolean inside = smtp.capabilitiesInsideTls().has("REQUIRETLS");
        return Verdict.passed(ID, Reason.of(inside ? "RequireTlsAfterStarttls.passed.insideOnly"
                : "RequireTlsAfterStarttls.passed.notAdvertised"));
    }
}
