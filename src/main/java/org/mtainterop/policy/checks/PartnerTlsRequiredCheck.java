package org.mtainterop.policy.checks;

import static org.mtainterop.observation.Observations.PARTNER_PLAINTEXT_MAIL;

import java.util.Set;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.InboundCheck;
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
                return Verdict.skipped(ID, "the server does not advertise STARTTLS: a partner cannot use TLS with it");
            }
            return Verdict.broken(ID, p.problem().map(x -> x.reason()).orElse("no reply to MAIL FROM"));
        }
        SmtpReply reply = p.mailReply().get();
        String who = "from " + p.source() + " (a partner per " + p.partner().declaredBy() + ")";
        if (reply.code() == 530) {
            return Verdict.passed(ID, "plaintext MAIL FROM " + who + " was refused: " + reply.brief());
        }
        if (reply.isPositiveCompletion()) {
            return Verdict.failed(ID, "plaintext MAIL FROM " + who + " was accepted (" + reply.brief()
                    + "): a partner's mail could travel unencrypted");
        }
        return Verdict.failed(ID, "plaintext MAIL FROM " + who + " was answered " + reply.brief()
                + ", not 530 (RFC 3207 §4): the sender is not told it must use STARTTLS");
    }
}
