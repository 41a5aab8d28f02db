package org.mtainterop.policy.checks;

import org.mtainterop.cert.NameMatch;
import org.mtainterop.policy.Check;
import org.mtainterop.policy.TlsPreconditions;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.StarttlsDialogueFacts;
import org.mtainterop.probe.TargetFacts;

/** CERT-02: a SAN dNSName matches the MX host name (RFC 6125 §6.4; wildcard only as the whole left-most label). */
public final class HostnameMatchesCheck implements Check {
    public static final String ID = "CERT-02";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Verdict judge(TargetFacts facts) {
        StarttlsDialogueFacts d = facts.dialogue();
        var missing = TlsPreconditions.noCertificate(ID, d);
        if (missing.isPresent()) {
            return missing.get();
        }
        return judgeName(d.certificate().get().nameMatch());
    }

    /** The judgement itself, shared with the user-access services (policy.access.AccessHostnameMatchesCheck). */
    public static Verdict judgeName(NameMatch match) {
        if (match.matched()) {
            return Verdict.passed(ID, "the certificate matches " + match.referenceName() + " (by " + match.matchedBy() + ")");
        }
        return Verdict.failed(ID, "the certificate does not match " + match.referenceName() + "; it names "
                + (match.presentedNames().isEmpty() ? "nothing" : String.join(", ", match.presentedNames())));
    }
}
