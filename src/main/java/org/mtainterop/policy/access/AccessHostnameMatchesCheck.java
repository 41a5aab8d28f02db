package org.mtainterop.policy.access;

import org.mtainterop.policy.Check;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.checks.HostnameMatchesCheck;
import org.mtainterop.probe.TargetFacts;
import org.mtainterop.probe.access.AccessDialogueFacts;

/**
 * CERT-02 for user access: the certificate names the server name the user configured (--server-name),
 * by the same RFC 6125 matching as port 25 ({@link HostnameMatchesCheck#judgeName}; RFC 8314 §4.2).
 */
public final class AccessHostnameMatchesCheck implements Check {
    @Override
    public String requirementId() {
        return HostnameMatchesCheck.ID;
    }

    @Override
    public Verdict judge(TargetFacts facts) {
        AccessDialogueFacts d = facts.accessDialogue();
        return AccessPreconditions.noCertificate(HostnameMatchesCheck.ID, d)
                .orElseGet(() -> HostnameMatchesCheck.judgeName(d.certificate().get().nameMatch()));
    }
}
