package org.mtainterop.probe;

import java.util.Optional;
import org.mtainterop.net.ConnectionProblem;
import org.mtainterop.policy.Reason;
import org.mtainterop.smtp.SmtpReply;

/**
 * STARTTLS-05: what port 25 answered to {@code MAIL FROM} in plaintext, sent from a source it counts as a partner's,
 * or why the probe did not try.
 *
 * @param partner       the target's declaration (requires TLS from partners? from which source?)
 * @param notAttempted  why nothing was sent: no declaration, no partner source, a live target without
 *                      {@code --allow-transaction}
 * @param starttlsOffered the EHLO reply advertised STARTTLS (a partner could have used TLS)
 * @param mailReply     the reply to the plaintext MAIL FROM
 */
public record PartnerPlaintextMailFacts(PartnerSource partner, Optional<Reason> notAttempted,
                                        Optional<ConnectionProblem> problem, boolean starttlsOffered,
                                        Optional<SmtpReply> mailReply, String transcript) {

    static PartnerPlaintextMailFacts notAttempted(PartnerSource partner, Reason why) {
        return new PartnerPlaintextMailFacts(partner, Optional.of(why), Optional.empty(), false, Optional.empty(), "");
    }

    /** Where the probe connected from, for verdicts. */
    public Reason source() {
        return partner.bind().map(a -> Reason.of("PartnerPlaintextMail.partnerSource", a.getHostAddress()))
                .orElse(Reason.of("PartnerPlaintextMail.usualAddress"));
    }
}
