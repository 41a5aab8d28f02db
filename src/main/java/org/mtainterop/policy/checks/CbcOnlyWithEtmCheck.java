package org.mtainterop.policy.checks;

import java.util.stream.Collectors;
import org.mtainterop.policy.Check;
import org.mtainterop.policy.TlsEnumerationPreconditions;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.TargetFacts;
import org.mtainterop.probe.TlsEnumerationFacts;
import org.mtainterop.tls.raw.CipherSuite;

/** TLS-CS-04: CBC suites only with encrypt_then_mac (RFC 7366; ANSSI TLS guide v1.2). */
public final class CbcOnlyWithEtmCheck implements Check {
    public static final String ID = "TLS-CS-04";

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
        if (e.cbcWithoutEtm().isEmpty()) {
            boolean anyCbc = e.allAcceptedSuites().stream().anyMatch(s -> s.has(CipherSuite.Flag.CBC));
            return Verdict.passed(ID, who + (anyCbc ? " agreed every CBC suite with encrypt_then_mac"
                    : " accepts no CBC suite") + caveat);
        }
        String list = e.cbcWithoutEtm().entrySet().stream().map(x -> x.getKey().label() + " "
                + x.getValue().stream().map(CipherSuite::ianaName).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
        return Verdict.failed(ID, "offered only CBC suites with encrypt_then_mac, " + who + " chose CBC without it: " + list);
    }
}
