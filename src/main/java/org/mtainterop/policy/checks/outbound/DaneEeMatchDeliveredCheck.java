package org.mtainterop.policy.checks.outbound;

import java.util.Set;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.SenderCheck;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.mtainterop.sender.SenderFacts;

/**
 * DANE-06: a DANE sender delivers to a peer whose leaf a secure DANE-EE(3) record matches, although the leaf is
 * expired, self-signed and names another host: with DANE-EE neither name nor validity dates are checked
 * (RFC 7672 §3.1.1, RFC 7671 §5.1). A sender that defers applies PKIX rules where DANE says not to.
 */
public final class DaneEeMatchDeliveredCheck implements SenderCheck {
    public static final String ID = "DANE-06";
    private static final AdversarialProfile PROFILE = AdversarialProfile.DANE_EE_EXPIRED_WRONG_NAME;

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Set<AdversarialProfile> needs(MailService service) {
        return Set.of(PROFILE);
    }

    @Override
    public Verdict judge(SenderFacts facts) {
        return OutboundEvidence.orElse(ID, facts, PROFILE, a -> {
            if (a.plaintextTransaction().isPresent()) {
                return Verdict.failed(ID, Reason.of("DaneEeMatchDelivered.failed.1", a.described()));
            }
            if (a.delivered().filter(d -> d.overTls()).isPresent()) {
                return Verdict.passed(ID, Reason.of("DaneEeMatchDelivered.passed.1", a.described()));
            }
            return Verdict.failed(ID, Reason.of("DaneEeMatchDelivered.failed.2", a.described()));
        });
    }
}
