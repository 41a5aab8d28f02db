package org.mtainterop.policy.access;

import org.mtainterop.policy.Check;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.checks.Tls13PreferredCheck;
import org.mtainterop.probe.TargetFacts;
import org.mtainterop.probe.access.AccessDialogueFacts;

/**
 * TLS-VER-04 for user access: offered TLS 1.3 and 1.2 by the modern mail program's handshake, the service
 * chooses TLS 1.3 (the same judgement as port 25, {@link Tls13PreferredCheck#judgeChosen}).
 */
public final class AccessTls13PreferredCheck implements Check {
    @Override
    public String requirementId() {
        return Tls13PreferredCheck.ID;
    }

    @Override
    public Verdict judge(TargetFacts facts) {
        AccessDialogueFacts d = facts.accessDialogue();
        return AccessPreconditions.noTls(Tls13PreferredCheck.ID, d)
                .orElseGet(() -> Tls13PreferredCheck.judgeChosen(facts.serviceOnPort(), d.handshake().get().protocol()));
    }
}
