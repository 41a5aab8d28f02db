package org.mtainterop.policy.access;

import static org.mtainterop.observation.Observations.ACCESS_DIALOGUE;

import java.util.Set;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.checks.CertificateUsageCheck;
import org.mtainterop.probe.access.AccessDialogueFacts;

/** CERT-04 for user access: the same judgement as port 25 ({@link CertificateUsageCheck#judgeLeaf}), on the service's leaf. */
public final class AccessCertificateUsageCheck implements InboundCheck {
    @Override
    public String requirementId() {
        return CertificateUsageCheck.ID;
    }

    @Override
    public Set<Observation<?>> needs(MailService service) {
        return InboundCheck.observations(ACCESS_DIALOGUE);
    }

    @Override
    public Verdict judge(ObservedFacts facts) {
        AccessDialogueFacts d = facts.get(ACCESS_DIALOGUE);
        return AccessPreconditions.noCertificate(CertificateUsageCheck.ID, d)
                .orElseGet(() -> CertificateUsageCheck.judgeLeaf(d.certificate().get()));
    }
}
