package org.mtainterop.policy.checks;

import static org.mtainterop.observation.Observations.TLS_ENUMERATION;

import java.util.Set;
import java.util.stream.Collectors;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.TlsEnumerationPreconditions;
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
