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
        String caveat = TlsEnumerationPreconditions.caveat(e);
        String who = facts.serviceOnPort();
        AnssiTlsLists anssi = AnssiTlsLists.bundled();
        if (e.groups().isEmpty()) {
            return Verdict.broken(ID, who + " accepted no group in any one-group hello, though a handshake succeeded" + caveat);
        }
        List<String> bad = e.groups().stream().filter(g -> !anssi.groupAllowed(g.name()))
                .map(g -> g.name() + " (" + g.bits() + " bits)").toList();
        String probed = e.groupsProbedIn().map(v -> " in " + v.label()).orElse("");
        if (bad.isEmpty()) {
            return Verdict.passed(ID, "groups " + who + " accepts" + probed + ": " + e.groups().stream().map(g -> g.name())
                    .collect(Collectors.joining(", ")) + ", all allowed" + caveat);
        }
        return Verdict.failed(ID, who + " accepts group(s) outside the " + anssi.citation() + " list" + probed
                + ": " + String.join(", ", bad));
    }
}
