package org.mtainterop.policy.checks.outbound;

import java.util.Set;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.adversary.smtp.SessionFacts;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.SenderCheck;
import org.mtainterop.policy.Verdict;
import org.mtainterop.sender.SenderFacts;

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
                return Verdict.failed(ID, "STARTTLS was advertised but the sender did not issue it ("
                        + s.summary() + ")");
            }
            if (!s.tlsEstablished()) {
                return Verdict.broken(ID, "the handshake with a valid chain did not complete: "
                        + s.tlsFailure().orElse(s.ending()));
            }
            if (s.preTlsExtensionUsed().isPresent()) {
                return Verdict.failed(ID, "inside TLS the sender used " + s.preTlsExtensionUsed().get()
                        + ", which only the EHLO reply before TLS advertised");
            }
            if (!s.ehloInsideTls()) {
                return s.transactionInsideTls().isEmpty()
                        ? Verdict.broken(ID, "the sender sent nothing inside TLS (" + s.ending() + ")")
                        : Verdict.failed(ID, "the sender started a transaction inside TLS without a new EHLO");
            }
            return Verdict.passed(ID, "STARTTLS issued, EHLO repeated inside TLS, no pre-TLS extension used ("
                    + s.tls().orElseThrow().protocol() + ")");
        });
    }
}
