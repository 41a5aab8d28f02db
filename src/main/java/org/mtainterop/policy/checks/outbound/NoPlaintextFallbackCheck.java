package org.mtainterop.policy.checks.outbound;

import java.util.Set;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.SenderCheck;
import org.mtainterop.policy.Verdict;
import org.mtainterop.sender.SenderFacts;

/**
 * DOWNGRADE-03: under a mandatory policy, a stripped STARTTLS, a 454 or a failed handshake defers the mail;
 * never plaintext (RFC 3207 §4.1 and §6, RFC 8461 §5, RFC 7672 §2.2). One scenario per receiver profile.
 */
public final class NoPlaintextFallbackCheck implements SenderCheck {
    public static final String ID = "DOWNGRADE-03";
    private final AdversarialProfile profile;

    public NoPlaintextFallbackCheck(AdversarialProfile profile) {
        if (profile != AdversarialProfile.NO_STARTTLS && profile != AdversarialProfile.STARTTLS_454
                && profile != AdversarialProfile.HANDSHAKE_ABORT) {
            throw new IllegalArgumentException("DOWNGRADE-03 is judged with no-starttls, starttls-454 or handshake-abort, not "
                    + profile.label());
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
