package org.mtainterop.policy.checks.outbound;

import java.util.Set;
import org.mtainterop.adversary.SessionEnding;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.adversary.smtp.SessionFacts;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.SenderCheck;
import org.mtainterop.policy.Verdict;
import org.mtainterop.sender.SenderFacts;
import org.mtainterop.tls.HandshakeFailure;

/**
 * STARTTLS-06: the sender issues STARTTLS when offered, greets again with EHLO after the handshake, and uses
 * nothing learned before TLS (RFC 3207 §4.2: "the client MUST discard any knowledge obtained from the server").
 */
public final class StarttlsUpgradeCheck implements SenderCheck {
    public static final String ID = "STARTTLS-06";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Set<AdversarialProfile> needs(MailService service) {
        return Set.of(AdversarialProfile.FAKE_EXTENSION_BEFORE_TLS);
    }

    @Override
    public Verdict judge(SenderFacts facts) {
        return OutboundEvidence.orElse(ID, facts, AdversarialProfile.FAKE_EXTENSION_BEFORE_TLS, a -> {
            SessionFacts s = a.firstSession().orElseThrow();
            if (!s.starttlsSent()) {
                return Verdict.failed(ID, Reason.of("StarttlsUpgrade.failed.1", s.described()));
            }
            if (!s.tlsEstablished()) {
                return Verdict.broken(ID, Reason.of("StarttlsUpgrade.broken.1", s.tlsFailure().map(HandshakeFailure::of).orElse(SessionEnding.of(s.ending()))));
            }
            if (s.preTlsExtensionUsed().isPresent()) {
                return Verdict.failed(ID, Reason.of("StarttlsUpgrade.failed.2", s.preTlsExtensionUsed().get()));
            }
            if (!s.ehloInsideTls()) {
                return s.transactionInsideTls().isEmpty()
                        ? Verdict.broken(ID, Reason.of("StarttlsUpgrade.broken.2", SessionEnding.of(s.ending())))
                        : Verdict.failed(ID, Reason.of("StarttlsUpgrade.failed.3"));
            }
            return Verdict.passed(ID, Reason.of("StarttlsUpgrade.passed.1", s.tls().orElseThrow().protocol()));
        });
    }
}
