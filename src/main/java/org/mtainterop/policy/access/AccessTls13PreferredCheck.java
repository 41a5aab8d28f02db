package org.mtainterop.policy.access;

import static org.mtainterop.observation.Observations.ACCESS_DIALOGUE;

import java.util.Set;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.checks.Tls13PreferredCheck;
import org.mtainterop.probe.access.AccessDialogueFacts;

/**
 * TLS-VER-04 for user access: offered TLS 1.3 and 1.2 by the modern mail program's handshake, the service
 * chooses TLS 1.3 (the same judgement as port 25, {@link Tls13PreferredCheck#judgeChosen}).
 */
public final class AccessTls13PreferredCheck implements InboundCheck {
    @Override
    public String requirementId() {
        return Tls13PreferredCheck.ID;
    }

    @Override
    public Set<Observation<?>> needs(MailService service) {
        return InboundCheck.observations(ACCESS_DIALOGUE);
    }

    @Override
    public Verdict judge(ObservedFacts facts) {
        AccessDialogueFacts d = facts.get(ACCESS_DIALOGUE);
        return AccessPreconditions.noTls(Tls13PreferredCheck.ID, d)
                .orElseGet(() -> Tls13PreferredCheck.judgeChosen(facts.serviceOnPort(), d.handshake().get().protocol()));
    }
}
