package org.mtainterop.policy.access;

import static org.mtainterop.observation.Observations.ACCESS_DIALOGUE;

import java.util.Set;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.checks.HostnameMatchesCheck;
import org.mtainterop.probe.access.AccessDialogueFacts;

/**
 * CERT-02 for user access: the certificate names the server name the user configured (--server-name),
 * by the same RFC 6125 matching as port 25 ({@link HostnameMatchesCheck#judgeName}; RFC 8314 §4.2).
 */
public final class AccessHostnameMatchesCheck implements InboundCheck {
    @Override
    public String requirementId() {
        return HostnameMatchesCheck.ID;
    }

    @Override
    public Set<Observation<?>> needs(MailService service) {
        return InboundCheck.observations(ACCESS_DIALOGUE);
    }

    @Override
    public Verdict judge(ObservedFacts facts) {
        AccessDialogueFacts d = facts.get(ACCESS_DIALOGUE);
        return AccessPreconditions.noCertificate(HostnameMatchesCheck.ID, d)
                .orElseGet(() -> HostnameMatchesCheck.judgeName(d.certificate().get().nameMatch()));
    }
}
