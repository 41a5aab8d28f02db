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
import org.mtainterop.smtp.SmtpReply;

/** STARTTLS-03: after the handshake the server forgets pre-TLS state: MAIL without a new EHLO is refused (RFC 3207 §4.2). */
public final class TlsStateResetCheck implements InboundCheck {
    public static final String ID = "STARTTLS-03";
    /** Why the requirement is skipped on a live MX: the probe needs a MAIL command, a transaction's start. */
    public static final Reason NOT_ALLOWED = Reason.of("TlsStateReset.notAllowed");

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
        if (!smtp.mailProbeAllowed()) {
            return Verdict.skipped(ID, NOT_ALLOWED);
        }
        if (smtp.mailWithoutEhloReply().isEmpty()) {
            return Verdict.broken(ID, d.problem().map(p -> p.said()).orElse(Reason.of("TlsStateReset.noAnswerToMailInsideTls")));
        }
        SmtpReply reply = smtp.mailWithoutEhloReply().get();
        if (reply.isPermanentNegative()) {
            return Verdict.passed(ID, Reason.of("TlsStateReset.passed.1", reply.brief()));
        }
        return Verdict.failed(ID, Reason.of("TlsStateReset.failed.1", reply.brief()));
    }
}
