package org.mtainterop.policy.checks;

import static org.mtainterop.observation.Observations.TLS_ENUMERATION;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.mtainterop.probe.TlsEnumerationFacts.GroupFinding;
import org.mtainterop.tls.raw.NamedGroup;

/**
 * TLS-KX-01: only allowed groups (P-256/384/521, X25519, X448, Brainpool; FFDHE from 2048 bits); none under 224 bits
 * (ANSSI TLS guide v1.2, policy/anssi-tls.csv), in any version the server speaks: a TLS 1.3 server that takes P-192 in
 * TLS 1.2 fails, naming the group and the version.
 */
public final class AllowedGroupsCheck implements InboundCheck {
    public static final String ID = "TLS-KX-01";

    /** The NIST names of the SEC 2 curves (FIPS 186-4 D.1.2; RFC 8422 Appendix A), as operators know them. */
    private static final Map<String, String> NIST_NAMES = Map.ofEntries(Map.entry("secp192r1", "P-192"),
            Map.entry("secp224r1", "P-224"), Map.entry("secp256r1", "P-256"), Map.entry("secp384r1", "P-384"),
            Map.entry("secp521r1", "P-521"), Map.entry("sect163k1", "K-163"), Map.entry("sect163r2", "B-163"),
            Map.entry("sect233k1", "K-233"), Map.entry("sect233r1", "B-233"), Map.entry("sect283k1", "K-283"),
            Map.entry("sect283r1", "B-283"), Map.entry("sect409k1", "K-409"), Map.entry("sect409r1", "B-409"),
            Map.entry("sect571k1", "K-571"), Map.entry("sect571r1", "B-571"));

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
        // each group is in one finding only (a legacy version is not offered what a newer one took): named once
        List<Reason> bad = new ArrayList<>();
        for (GroupFinding finding : e.groupFindings()) {
            finding.accepted().stream().filter(g -> !anssi.groupAllowed(g.name())).forEach(g -> bad.add(
                    Reason.of("AllowedGroups.badGroup", displayName(g), g.bits(), finding.version().label())));
        }
        if (bad.isEmpty()) {
            return Verdict.passed(ID, Reason.of("AllowedGroups.passed.1", who,
                    Reason.join("; ", e.groupFindings().stream().map(AllowedGroupsCheck::accepted).toList()), caveat));
        }
        return Verdict.failed(ID, Reason.of("AllowedGroups.failed.1", who, anssi.citation(), Reason.join("; ", bad)));
    }

    /** What one version accepted: its groups, or none beyond a newer version's, or no ECDHE at all. */
    private static Reason accepted(GroupFinding f) {
        if (!f.accepted().isEmpty()) {
            return Reason.of("AllowedGroups.inVersion", f.version().label(),
                    f.accepted().stream().map(NamedGroup::name).collect(Collectors.joining(", ")));
        }
        return Reason.of(f.notOffered().isEmpty() ? "AllowedGroups.noEcdhe" : "AllowedGroups.noneBeyond",
                f.version().label());
    }

    private static String displayName(NamedGroup g) {
        String nist = NIST_NAMES.get(g.name());
        return nist == null ? g.name() : nist + " (" + g.name() + ")";
    }
}
