package org.mtainterop.policy.checks;


import org.mtainterop.cert.CertificateFacts;
import org.mtainterop.cert.NameMatch;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;

/**
 * CERT-02, on every service: a SAN dNSName matches the reference name, the MX host name or the server name the user
 * configured (RFC 6125 §6.4, wildcard only as the whole left-most label; RFC 8314 §4.2).
 */
public final class HostnameMatchesCheck implements PresentedChainCheck {
    public static final String ID = "CERT-02";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Verdict judgeChain(CertificateFacts c) {
        NameMatch match = c.nameMatch();
        if (match.matched()) {
            return Verdict.passed(ID, Reason.of("HostnameMatches.passed.1", match.referenceName(), match.matchedBy()));
        }
        return Verdict.failed(ID, Reason.of("HostnameMatches.failed.1",
                match.referenceName(), match.presentedNames().isEmpty()
                ? Reason.of("HostnameMatches.nothing") : String.join(", ", match.presentedNames())));
    }
}
