package org.mtainterop.policy.checks.outbound;

import java.util.Set;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.SenderCheck;
import org.mtainterop.policy.Verdict;
import org.mtainterop.sender.SenderFacts;
import org.mtainterop.tls.raw.ClientHelloOffer;

/**
 * A sending-side requirement read off the ClientHello the sender sent to the compliant receiver: what it offers is
 * what a hostile MX may pick. Each subclass judges the hello only; no ClientHello (the sender never started TLS)
 * is "not tested".
 */
abstract class SenderClientHelloCheck implements SenderCheck {
    private final String id;

    SenderClientHelloCheck(String id) {
        this.id = id;
    }

    @Override
    public final String requirementId() {
        return id;
    }

    @Override
    public final Set<AdversarialProfile> needs(MailService service) {
        return Set.of(AdversarialProfile.COMPLIANT);
    }

    @Override
    public final Verdict judge(SenderFacts facts) {
        return OutboundEvidence.withClientHello(id, facts, this::judge);
    }

    abstract Verdict judge(ClientHelloOffer hello);
}
