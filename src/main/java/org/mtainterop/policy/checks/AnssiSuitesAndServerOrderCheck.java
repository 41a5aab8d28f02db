package org.mtainterop.policy.checks;

import static org.mtainterop.observation.Observations.TLS_ENUMERATION;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.AnssiTlsLists;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.TlsEnumerationPreconditions;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.TlsEnumerationFacts;
import org.mtainterop.tls.raw.CipherSuite;

/** TLS-CS-03: accepted suites are within the ANSSI list (policy/anssi-tls.csv), and the server's order wins. */
public final class AnssiSuitesAndServerOrderCheck implements InboundCheck {
    public static final String ID = "TLS-CS-03";

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
        AnssiTlsLists anssi = AnssiTlsLists.bundled();
        List<String> outside = e.allAcceptedSuites().stream().filter(s -> !anssi.suiteListed(s.ianaName()))
                .map(CipherSuite::displayName).toList();
        List<Reason> clientOrder = e.order().entrySet().stream()
                .filter(o -> o.getValue() == TlsEnumerationFacts.SuiteOrder.CLIENT)
                .map(o -> Reason.of("AnssiSuitesAndServerOrder.orderIn",
                        o.getKey().label(), o.getValue().readable())).toList();
        boolean mixed = e.order().containsValue(TlsEnumerationFacts.SuiteOrder.MIXED);
        if (outside.isEmpty() && clientOrder.isEmpty()) {
            return Verdict.passed(ID, Reason.of("AnssiSuitesAndServerOrder.passed.1", e.allAcceptedSuites().size(), who,
                    anssi.citation(), Reason.of(mixed ? "AnssiSuitesAndServerOrder.mixedOrder"
                            : "AnssiSuitesAndServerOrder.ownOrder"), caveat));
        }
        List<Reason> why = new ArrayList<>();
        if (!outside.isEmpty()) {
            why.add(Reason.of("AnssiSuitesAndServerOrder.failed.outside", who, outside.size(), anssi.citation(),
                    String.join(", ", outside)));
        }
        if (!clientOrder.isEmpty()) {
            why.add(Reason.of("AnssiSuitesAndServerOrder.failed.clientOrder", who, Reason.join("; ", clientOrder)));
        }
        return Verdict.failed(ID, Reason.join("; ", why));
    }
}
