package org.mtainterop.policy.access;

import org.mtainterop.policy.Check;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.checks.ChainTrustedCheck;
import org.mtainterop.probe.TargetFacts;
import org.mtainterop.probe.access.AccessDialogueFacts;

/** CERT-01 for user access: the same judgement as port 25 ({@link ChainTrustedCheck#judgeChain}), on the service's chain. */
public final class AccessChainTrustedCheck implements Check {
    @Override
    public String requirementId() {
        return ChainTrustedCheck.ID;
    }

    @Override
    public Verdict judge(TargetFacts facts) {
        AccessDialogueFacts d = facts.accessDialogue();
        return AccessPreconditions.noCertificate(ChainTrustedCheck.ID, d)
                .orElseGet(() -> ChainTrustedCheck.judgeChain(d.certificate().get()));
    }
}
