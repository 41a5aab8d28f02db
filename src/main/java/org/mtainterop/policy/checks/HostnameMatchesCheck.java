package org.mtainterop.policy.checks;

import static org.mtainterop.observation.Observations.TLS_DIALOGUE;

import java.util.Set;
import org.mtainterop.cert.NameMatch;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.TlsPreconditions;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.TlsDialogueFacts;

/**
 * CERT-02, on every service: a SAN dNSName matches the reference name, the MX host name or the server name the user
 * configured (RFC 6125 §6.4, wildcard only as the whole left-most label; RFC 8314 §4.2).
 */
public final class HostnameMatchesCheck implements InboundCheck {
    public static final String ID = "CERT-02";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Set<Observation<?>> needs(MailService service) {
        return InboundCheck.observations(TLS_DIALOGUE);
    }

    @Override
    public Verdict judge(ObservedFacts facts) {
        TlsDialogueFacts d = facts.get(TLS_DIALOGUE);
        var missing = TlsPreconditions.noCertificate(ID, d);
        if (missing.isPresent()) {
            return missing.get();
        }
        return judgeName(d.certificate().get().nameMatch());
    }

    private static Verdict judgeName(NameMatch match) {
        if (match.matched()) {
            return Verdict.passed(ID, "the certificate matches " + match.referenceName() + " (by " + match.matchedBy() + ")");
        }
        return Verdict.failed(ID, "the certificate does not match " + match.referenceName() + "; it names "
                + (match.presentedNames().isEmpty() ? "nothing" : String.join(", ", match.presentedNames())));
    }
}
