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
import org.mtainterop.tls.raw.NamedGroup;

/** TLS-KX-02: finite-field DHE, if offered, uses primes of at least 2048 bits (ANSSI TLS guide v1.2; RFC 9325 §4.1; policy/anssi-tls.csv). */
public final class DhePrimeSizeCheck implements InboundCheck {
    public static final String ID = "TLS-KX-02";

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
        int min = AnssiTlsLists.bundled().dheMinPrimeBits();
        List<String> smallGroups = e.groups().stream().filter(g -> g.kind() == NamedGroup.Kind.FF
                && g.bits() < min).map(g -> g.name()).toList();
        if (e.dhePrimeBits().isPresent() && e.dhePrimeBits().getAsInt() < min) {
            return Verdict.failed(ID, "the DHE prime of " + who + " has " + e.dhePrimeBits().getAsInt() + " bits (minimum "
                    + min + ")");
        }
        if (!smallGroups.isEmpty()) {
            return Verdict.failed(ID, who + " accepts finite-field groups under " + min + " bits: " + smallGroups);
        }
        return Verdict.passed(ID, who + ": " + (e.dhePrimeBits().isPresent() ? "DHE prime of " + e.dhePrimeBits().getAsInt()
                + " bits" : "no finite-field DHE in TLS 1.2 and below") + "; finite-field groups, if any, are at least "
                + min + " bits" + caveat);
    }
}
