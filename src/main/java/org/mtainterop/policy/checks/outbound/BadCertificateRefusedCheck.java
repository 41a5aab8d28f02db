package org.mtainterop.policy.checks.outbound;

import java.util.Set;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.SenderCheck;
import org.mtainterop.policy.Verdict;
import org.mtainterop.sender.SenderFacts;

/**
 * CERT-06: a sender that verifies rejects an expired, self-signed, wrong-name, untrusted-CA or bad-signature chain:
 * no MAIL, no DATA, the mail deferred (RFC 6125 §6, RFC 5280 §6.1.3, RFC 8461 §4.2). One scenario per certificate profile.
 */
public final class BadCertificateRefusedCheck implements SenderCheck {
    public static final String ID = "CERT-06";
    private final AdversarialProfile profile;

    public BadCertificateRefusedCheck(AdversarialProfile profile) {
        if (!profile.badCertificate()) {
            throw new IllegalArgumentException("CERT-06 is judged with a bad-certificate profile, not " + profile.label());
        }
        this.profile = profile;
    }

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Set<AdversarialProfile> needs(MailService service) {
        return Set.of(profile);
    }

    @Override
    public Verdict judge(SenderFacts facts) {
        return OutboundEvidence.orElse(ID, facts, profile,
                a -> OutboundEvidence.refusedAndDeferred(ID, a, profile.described()));
    }
}
