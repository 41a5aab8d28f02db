package org.mtainterop.policy.checks.outbound;

import java.util.Set;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.SenderCheck;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.mtainterop.sender.DeliveryAttempt;
import org.mtainterop.sender.SenderFacts;

/**
 * DANE-05: a DANE sender that finds a secure, usable TLSA RRset refuses a peer whose chain it does not
 * authenticate: no MAIL, the mail deferred (RFC 7672 §2.2 and §3). One scenario per mismatch: a TLSA record for a
 * key not presented, a DANE-TA(2) match with a leaf for another name (§3.2.3), a DANE-TA(2) anchor not sent
 * (§3.1.2).
 */
public final class DaneMismatchRefusedCheck implements SenderCheck {
    public static final String ID = "DANE-05";
    private static final Set<AdversarialProfile> MISMATCHES = Set.of(AdversarialProfile.DANE_WRONG_TLSA,
            AdversarialProfile.DANE_TA_WRONG_NAME, AdversarialProfile.DANE_TA_NOT_SENT);
    private static final OutboundEvidence.DeferralWords WORDS = new OutboundEvidence.DeferralWords(
            "DaneMismatchRefused.failed.1", "DaneMismatchRefused.failed.2", "DaneMismatchRefused.passed.1",
            "DaneMismatchRefused.passed.2", "DaneMismatchRefused.broken.1");
    private final AdversarialProfile profile;

    public DaneMismatchRefusedCheck(AdversarialProfile profile) {
        if (!MISMATCHES.contains(profile)) {
            throw new IllegalArgumentException("DANE-05 is judged with dane-wrong-tlsa, dane-ta-wrong-name or"
                    + " dane-ta-not-sent, not " + profile.label());
        }
        this.profile = profile;
    }

    /** Every profile DANE-05 is judged with, one check each. */
    public static Set<AdversarialProfile> profiles() {
        return MISMATCHES;
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
        return OutboundEvidence.orElse(ID, facts, profile, this::judge);
    }

    private Verdict judge(DeliveryAttempt a) {
        return OutboundEvidence.noMailAndDeferred(ID, a, Reason.of("DaneMismatchRefused.anMxThat", profile.described()),
                WORDS);
    }
}
