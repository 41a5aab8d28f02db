package org.mtainterop.policy.checks;

import static org.mtainterop.observation.Observations.TLS_DIALOGUE;

import java.util.Set;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.SmtpDialogue;
import org.mtainterop.probe.TlsDialogueFacts;

/** STARTTLS-01: STARTTLS is advertised in the EHLO reply (RFC 3207 §4). */
public final class StarttlsAdvertisedCheck implements InboundCheck {
    public static final String ID = "STARTTLS-01";

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
        if (smtp.ehloReply().isEmpty()) {
            return Verdict.broken(ID, d.problem().map(p -> p.said()).orElse(Reason.of("StarttlsAdvertised.noEhloReply")));
        }
        if (!smtp.ehloReply().get().isPositiveCompletion()) {
            return Verdict.failed(ID, Reason.of("StarttlsAdvertised.failed.1", smtp.ehloReply().get().brief()));
        }
        if (smtp.capabilities().offersStarttls()) {
            return Verdict.passed(ID, Reason.of("StarttlsAdvertised.passed.1", smtp.capabilities()));
        }
        return Verdict.failed(ID, Reason.of("StarttlsAdvertised.failed.2", smtp.capabilities().keywords().isEmpty()
                ? Reason.of("StarttlsAdvertised.noKeywords") : smtp.capabilities().toString()));
    }
}
