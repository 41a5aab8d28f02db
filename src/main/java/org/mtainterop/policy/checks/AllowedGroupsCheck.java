package org.mtainterop.policy.checks;

import static org.mtainterop.observation.Observations.TLS_ENUMERATION;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.AnssiTlsLists;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.TlsEnumerationPreconditions;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.TlsEnumerationFacts;

/** TLS-KX-01: only allowed groups (P-256/384/521, X25519, X448, Brainpool; FFDHE from 2048 bits); none under 224 bits (ANSSI TLS guide v1.2, policy/anssi-tls.csv). */
public final class AllowedGroupsCheck implements InboundCheck {
    public static final String ID = "TLS-KX-01";

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
        if (e.groups().isEmpty()) {
            return Verdict.broken(ID, Reason.of("AllowedGroups.broken.1", who, caveat));
        }
        List<Reason> bad = e.groups().stream().filter(g -> !anssi.groupAllowed(g.name()))
                .map(g -> Reason.of("AllowedGroups.groupBits", g.name(), g.bits())).toList();
        Reason probed = e.groupsProbedIn().map(v -> Reason.of("AllowedGroups.probedIn", v.label())).orElse(Reason.NONE);
        if (bad.isEmpty()) {
            return Verdict.passed(ID, Reason.of("AllowedGroups.passed.1", who, probed,
                    e.groups().stream().map(g -> g.name()).collect(Collectors.joining(", ")), caveat));
        }
        return Verdict.failed(ID, Reason.of("AllowedGroups.failed.1",
                who, anssi.citation(), probed, Reason.join(", ", bad)));
    }
}
