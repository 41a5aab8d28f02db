package org.mtainterop.policy.checks;

import static org.mtainterop.observation.Observations.TLS_ENUMERATION;

import java.util.Set;
import java.util.stream.Collectors;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.TlsEnumerationPreconditions;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.TlsEnumerationFacts;
import org.mtainterop.tls.raw.CipherSuite;

/** TLS-CS-04: CBC suites only with encrypt_then_mac (RFC 7366; ANSSI TLS guide v1.2). */
public final class CbcOnlyWithEtmCheck implements InboundCheck {
    public static final String ID = "TLS-CS-04";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Set<Observation<?>> needs(MailService service) {
        return TlsEnumerationPreconditions.needs(service);
    }

    @Override
    public Verdict judge(ObservedFacts facts) {
        var unmet = TlsEnumerationPreconditions.unmet(ID, facts);
        if (unmet.isPresent()) {
            return unmet.get();
        }
        TlsEnumerationFacts e = facts.get(TLS_ENUMERATION);
        Reason caveat = TlsEnumerationPreconditions.caveat(e);
        Reason who = TlsEnumerationPreconditions.who(facts);
        if (e.cbcWithoutEtm().isEmpty()) {
            boolean anyCbc = e.allAcceptedSuites().stream().anyMatch(s -> s.has(CipherSuite.Flag.CBC));
            return Verdict.passed(ID, Reason.of(anyCbc ? "CbcOnlyWithEtm.passed.everyCbcWithEtm"
                    : "CbcOnlyWithEtm.passed.noCbc", who, caveat));
        }
        String list = e.cbcWithoutEtm().entrySet().stream().map(x -> x.getKey().label() + " "
                + x.getValue().stream().map(CipherSuite::ianaName).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
        return Verdict.failed(ID, Reason.of("CbcOnlyWithEtm.failed.1", who, list));
    }
}
