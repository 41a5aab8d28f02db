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
import org.mtainterop.policy.Reason;
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
        Reason caveat = TlsEnumerationPreconditions.caveat(e);
        Reason who = TlsEnumerationPreconditions.who(facts);
        int min = AnssiTlsLists.bundled().dheMinPrimeBits();
        List<String> smallGroups = e.groups().stream().filter(g -> g.kind() == NamedGroup.Kind.FF
                && g.bits() < min).map(g -> g.name()).toList();
        if (e.dhePrimeBits().isPresent() && e.dhePrimeBits().getAsInt() < min) {
            return Verdict.failed(ID, Reason.of("DhePrimeSize.failed.1", who, e.dhePrimeBits().getAsInt(), min));
        }
        if (!smallGroups.isEmpty()) {
            return Verdict.failed(ID, Reason.of("DhePrimeSize.failed.2", who, min, smallGroups));
        }
        return Verdict.passed(ID, Reason.of("DhePrimeSize.passed.1", who, e.dhePrimeBits().isPresent()
                ? Reason.of("DhePrimeSize.primeBits",
                        e.dhePrimeBits().getAsInt()) : Reason.of("DhePrimeSize.noFiniteFieldDhe"),
                min, caveat));
    }
}
