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

/** STARTTLS-04: the EHLO reply inside TLS does not advertise STARTTLS again (RFC 3207 §4.2). */
public final class StarttlsNotReadvertisedCheck implements InboundCheck {
    public static final String ID = "STARTTLS-04";

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
        var unmet = TlsPreconditions.unmet(ID, d);
        if (unmet.isPresent()) {
            return unmet.get();
        }
        if (smtp.ehloInsideTlsReply().isEmpty()) {
            return Verdict.broken(ID, d.problem().map(p -> p.said()).orElse(Reason.of("StarttlsNotReadvertised.noEhloReplyInsideTls")));
        }
        if (!smtp.ehloInsideTlsReply().get().isPositiveCompletion()) {
            return Verdict.failed(ID, Reason.of("StarttlsNotReadvertised.failed.1",
                    smtp.ehloInsideTlsReply().get().brief()));
        }
        if (smtp.capabilitiesInsideTls().offersStarttls()) {
            return Verdict.failed(ID, Reason.of("StarttlsNotReadvertised.failed.2", smtp.capabilitiesInsideTls()));
        }
        return Verdict.passed(ID, Reason.of("StarttlsNotReadvertised.passed.1", smtp.capabilitiesInsideTls()));
    }
}
