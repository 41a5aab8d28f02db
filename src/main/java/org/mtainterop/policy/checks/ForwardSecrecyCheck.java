package org.mtainterop.policy.checks;

import java.util.List;
import org.mtainterop.policy.Check;
import org.mtainterop.policy.TlsEnumerationPreconditions;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.TargetFacts;
import org.mtainterop.probe.TlsEnumerationFacts;
import org.mtainterop.tls.raw.CipherSuite;

/** TLS-CS-02: every accepted suite has forward secrecy: no static RSA or static (EC)DH key exchange (ANSSI TLS guide v1.2; RFC 9325 §4.1). */
public final class ForwardSecrecyCheck implements Check {
    public static final String ID = "TLS-CS-02";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Verdict judge(TargetFacts facts) {
        var unmet = TlsEnumerationPreconditions.unmet(ID, facts);
        if (unmet.isPresent()) {
            return unmet.get();
        }
        TlsEnumerationFacts e = facts.tlsEnumeration();
        String caveat = TlsEnumerationPreconditions.caveat(e);
        String who = facts.serviceOnPort();
        List<String> staticKx = e.allAcceptedSuites().stream().filter(s -> !s.forwardSecret())
                .map(CipherSuite::displayName).toList();
        if (staticKx.isEmpty()) {
            return Verdict.passed(ID, "all " + e.allAcceptedSuites().size() + " suites " + who
                    + " accepts use ephemeral key exchange (ECDHE, DHE or TLS 1.3)" + caveat);
        }
        return Verdict.failed(ID, who + " accepts " + staticKx.size() + " suite(s) without forward secrecy: "
                + String.join(", ", staticKx));
    }
}
