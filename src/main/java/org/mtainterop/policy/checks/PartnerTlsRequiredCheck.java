package org.mtainterop.policy.checks;

import static org.mtainterop.observation.Observations.PARTNER_PLAINTEXT_MAIL;

import java.util.Set;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.PartnerPlaintextMailFacts;
import org.mtainterop.smtp.SmtpReply;

/**
 * STARTTLS-05: between partners, MAIL FROM in plaintext is refused with 530 (RFC 3207 §4: "530 Must issue a
 * STARTTLS command first"; the pilot's mandatory TLS per peer). Judged only where the target declares it requires
 * TLS from partners, from the source it treats as a partner's; otherwise skipped, saying why.
 */
public final class PartnerTlsRequiredCheck implements InboundCheck {
    public static final String ID = "STARTTLS-05";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Set<Observation<?>> needs(MailService service) {
        return InboundCheck.observations(PARTNER_PLAINTEXT_MAIL);
    }

    @Override
    public Verdict judge(ObservedFacts facts) {
        PartnerPlaintextMailFacts p = facts.get(PARTNER_PLAINTEXT_MAIL);
        if (p.notAttempted().isPresent()) {
            return Verdict.skipped(ID, p.notAttempted().get());
        }
        if (p.mailReply().isEmpty()) {
            if (p.problem().isEmpty() && !p.starttlsOffered()) {
                return Verdict.skipped(ID, Reason.of("PartnerTlsRequired.skipped.1"));
            }
            return Verdict.broken(ID, p.problem().map(x -> x.said()).orElse(Reason.of("PartnerTlsRequired.noReplyToMailFrom")));
        }
        SmtpReply reply = p.mailReply().get();
        Reason who = Reason.of("PartnerTlsRequired.from", p.source(), p.partner().declaredBy());
        if (reply.code() == 530) {
            return Verdict.passed(ID, Reason.of("PartnerTlsRequired.passed.1", who, reply.brief()));
        }
        if (reply.isPositiveCompletion()) {
            return Verdict.failed(ID, Reason.of("PartnerTlsRequired.failed.1", who, reply.brief()));
        }
        return Verdict.failed(ID, Reason.of("PartnerTlsRequired.failed.2", who, reply.brief()));
    }
}
