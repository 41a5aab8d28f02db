package org.mtainterop.policy.checks.outbound;

import java.util.List;
import org.mtainterop.policy.AnssiTlsLists;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.mtainterop.tls.raw.ClientHelloOffer;
import org.mtainterop.tls.raw.NamedGroup;
import org.mtainterop.tls.raw.NamedGroups;

/**
 * TLS-KX-01, sending side: every group in the sender's supported_groups is on the ANSSI list (P-256/384/521, X25519,
 * X448, Brainpool; FFDHE from 2048 bits; none under 224 bits: ANSSI TLS guide v1.2, policy/anssi-tls.csv), the same
 * list the receiving side is judged by. A group it offers is one a hostile MX may pick. GREASE values are ignored.
 */
public final class SenderAllowedGroupsCheck extends SenderClientHelloCheck {
    public static final String ID = "TLS-KX-01";

    public SenderAllowedGroupsCheck() {
        super(ID);
    }

    @Override
    Verdict judge(ClientHelloOffer hello) {
        List<NamedGroup> offered = hello.groups().stream().filter(g -> !ClientHelloOffer.isGrease(g))
                .map(NamedGroups::describe).toList();
        if (offered.isEmpty()) {
            return Verdict.skipped(ID, Reason.of("SenderAllowedGroups.skipped.1"));
        }
        AnssiTlsLists anssi = AnssiTlsLists.bundled();
        List<String> bad = offered.stream().filter(g -> !anssi.groupAllowed(g.name()))
                .map(g -> g.name() + " (" + g.bits() + " bits)").toList();
        if (bad.isEmpty()) {
            return Verdict.passed(ID, Reason.of("SenderAllowedGroups.passed.1",
                    String.join(", ", offered.stream().map(NamedGroup::name).toList())));
        }
        return Verdict.failed(ID, Reason.of("SenderAllowedGroups.failed.1", anssi.citation(), String.join(", ", bad)));
    }
}
