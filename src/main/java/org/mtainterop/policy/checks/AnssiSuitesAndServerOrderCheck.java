package org.mtainterop.policy.checks;

import static org.mtainterop.observation.Observations.TLS_ENUMERATION;

import java.util.List;
import java.util.Set;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.AnssiTlsLists;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.TlsEnumerationPreconditions;
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
        String caveat = TlsEnumerationPreconditions.caveat(e);
        String who = facts.serviceOnPort();
        AnssiTlsLists anssi = AnssiTlsLists.bundled();
        List<String> outside = e.allAcceptedSuites().stream().filter(s -> !anssi.suiteListed(s.ianaName()))
                .map(CipherSuite::displayName).toList();
        List<String> clientOrder = e.order().entrySet().stream()
                .filter(o -> o.getValue() == TlsEnumerationFacts.SuiteOrder.CLIENT)
                .map(o -> o.getKey().label() + ": " + o.getValue().readable()).toList();
        boolean mixed = e.order().containsValue(TlsEnumerationFacts.SuiteOrder.MIXED);
        if (outside.isEmpty() && clientOrder.isEmpty()) {
            return Verdict.passed(ID, "all " + e.allAcceptedSuites().size() + " suites " + who + " accepts are on the "
                    + anssi.citation() + " list and " + (mixed ? "the client's order did not win either (it"
                    + " picked neither the client's first nor its last choice)" : "its own order wins") + caveat);
        }
        StringBuilder why = new StringBuilder();
        if (!outside.isEmpty()) {
            why.append(who).append(" accepts ").append(outside.size()).append(" suite(s) not on the ").append(anssi.citation())
                    .append(" list: ").append(String.join(", ", outside));
        }
        if (!clientOrder.isEmpty()) {
            why.append(why.length() > 0 ? "; " : "").append("offered in reverse order, ").append(who)
                    .append(" followed the client (")
                    .append(String.join("; ", clientOrder)).append(')');
        }
        return Verdict.failed(ID, why.toString());
    }
}
