package org.mtainterop.policy.access;

import static org.mtainterop.observation.Observations.ACCESS_DIALOGUE;

import java.util.Set;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.KeyStrengthThresholds;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.checks.KeyStrengthCheck;
import org.mtainterop.probe.access.AccessDialogueFacts;

/** CERT-03 for user access: the same thresholds as port 25 ({@link KeyStrengthCheck#judgeCertificate}), on the service's chain. */
public final class AccessKeyStrengthCheck implements InboundCheck {
    private final KeyStrengthThresholds thresholds;

    public AccessKeyStrengthCheck(KeyStrengthThresholds thresholds) {
        this.thresholds = thresholds;
    }

    @Override
    public String requirementId() {
        return KeyStrengthCheck.ID;
    }

    @Override
    public Set<Observation<?>> needs(MailService service) {
        return InboundCheck.observations(ACCESS_DIALOGUE);
    }

    @Override
    public Verdict judge(ObservedFacts facts) {
        AccessDialogueFacts d = facts.get(ACCESS_DIALOGUE);
        return AccessPreconditions.noCertificate(KeyStrengthCheck.ID, d)
                .orElseGet(() -> KeyStrengthCheck.judgeCertificate(thresholds, d.certificate().get()));
    }
}
