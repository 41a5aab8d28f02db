package org.mtainterop.policy.checks;

import static org.mtainterop.observation.Observations.TLS_VERSIONS_AND_SUITES;

import java.util.List;
import java.util.Set;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.TlsEnumerationPreconditions;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.TlsEnumerationFacts;
import org.mtainterop.tls.raw.CipherSuite;

/** TLS-CS-02: every accepted suite has forward secrecy: no static RSA or static (EC)DH key exchange (ANSSI TLS guide v1.2; RFC 9325 §4.1). */
public final class ForwardSecrecyCheck implements InboundCheck {
    public static final String ID = "TLS-CS-02";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Set<Observation<?>> needs(MailService service) {
        return TlsEnumerationPreconditions.needsVersionsAndSuites(service);
    }

    @Override
    public Verdict judge(ObservedFacts facts) {
        var unmet = TlsEnumerationPreconditions.unmet(ID, facts, TLS_VERSIONS_AND_SUITES);
        if (unmet.isPresent()) {
            return unmet.get();
        }
        TlsEnumerationFacts e = facts.get(TLS_VERSIONS_AND_SUITES);
        Reason caveat = TlsEnumerationPreconditions.caveat(e);
        Reason who = TlsEnumerationPreconditions.who(facts);
        List<String> staticKx = e.allAcceptedSuites().stream().filter(s -> !s.forwardSecret())
                .map(CipherSuite::displayName).toList();
        if (staticKx.isEmpty()) {
            return Verdict.passed(ID, Reason.of("ForwardSecrecy.passed.1", e.allAcceptedSuites().size(), who, caveat));
        }
        return Verdict.failed(ID, Reason.of("ForwardSecrecy.failed.1", who, staticKx.size(), String.join(", ", staticKx)));
    }
}
