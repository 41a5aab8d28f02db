package org.mtainterop.policy.checks.outbound;

import java.util.Set;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.adversary.smtp.SessionFacts;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.SenderCheck;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.mtainterop.sender.SenderFacts;

/** CERT-07: the sender names the MX host in SNI (RFC 6066 §3; RFC 7672 §8.1 asks DANE clients to send it). */
public final class SniSentCheck implements SenderCheck {
    public static final String ID = "CERT-07";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Set<AdversarialProfile> needs(MailService service) {
        return Set.of(AdversarialProfile.COMPLIANT);
    }

    @Override
    public Verdict judge(SenderFacts facts) {
        return OutboundEvidence.orElse(ID, facts, AdversarialProfile.COMPLIANT, a -> {
            var hello = a.sessions().stream().flatMap(s -> s.clientHello().stream()).findFirst();
            if (hello.isEmpty()) {
                return Verdict.skipped(ID, Reason.of("SniSent.skipped.1",
                        a.sessions().stream().map(SessionFacts::summary).findFirst().orElse("")));
            }
            String sni = hello.get().serverName().orElse("");
            if (sni.isEmpty()) {
                return Verdict.failed(ID, Reason.of("SniSent.failed.1", facts.mxName()));
            }
            return sni.equalsIgnoreCase(facts.mxName())
                    ? Verdict.passed(ID, Reason.of("SniSent.passed.1", sni))
                    : Verdict.failed(ID, Reason.of("SniSent.failed.2", sni, facts.mxName()));
        });
    }
}
