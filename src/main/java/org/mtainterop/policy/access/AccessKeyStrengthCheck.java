package org.mtainterop.policy.access;

import org.mtainterop.policy.Check;
import org.mtainterop.policy.KeyStrengthThresholds;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.checks.KeyStrengthCheck;
import org.mtainterop.probe.TargetFacts;
import org.mtainterop.probe.access.AccessDialogueFacts;

/** CERT-03 for user access: the same thresholds as port 25 ({@link KeyStrengthCheck#judgeCertificate}), on the service's chain. */
public final class AccessKeyStrengthCheck implements Check {
    private final KeyStrengthThresholds thresholds;

    public AccessKeyStrengthCheck(KeyStrengthThresholds thresholds) {
        this.thresholds = thresholds;
    }

    @Override
    public String requirementId() {
        return KeyStrengthCheck.ID;
    }

    @Override
    public Verdict judge(TargetFacts facts) {
        AccessDialogueFacts d = facts.accessDialogue();
        return AccessPreconditions.noCertificate(KeyStrengthCheck.ID, d)
                .orElseGet(() -> KeyStrengthCheck.judgeCertificate(thresholds, d.certificate().get()));
    }
}
