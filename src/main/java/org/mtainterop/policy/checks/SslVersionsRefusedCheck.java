package org.mtainterop.policy.checks;

import java.util.List;
import org.mtainterop.policy.Check;
import org.mtainterop.policy.TlsEnumerationPreconditions;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.TargetFacts;
import org.mtainterop.probe.TlsEnumerationFacts;
import org.mtainterop.tls.raw.ProtocolVersion;

/** TLS-VER-01: SSLv2 and SSLv3 are never negotiated (RFC 6176, RFC 7568: MUST NOT). */
public final class SslVersionsRefusedCheck implements Check {
    public static final String ID = "TLS-VER-01";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Verdict judge(TargetFacts facts) {
        var unmet = TlsEnumerationPreconditions.unmet(ID, facts);
        if (unmet.isPresent()) {
            return unmet.get();
        }
        TlsEnumerationFacts e = facts.tlsEnumeration();
        String caveat = TlsEnumerationPreconditions.caveat(e);
        String who = facts.serviceOnPort();
        List<String> accepted = List.of(ProtocolVersion.SSL_2_0, ProtocolVersion.SSL_3_0).stream()
                .filter(e::accepts).map(ProtocolVersion::label).toList();
        if (accepted.isEmpty()) {
            return Verdict.passed(ID, who + " refused hellos pinned to SSLv2 and to SSLv3" + caveat);
        }
        return Verdict.failed(ID, who + " accepts " + String.join(" and ", accepted) + ": "
                + e.finding(ProtocolVersion.ofLabel(accepted.get(0)).orElseThrow()).map(f -> f.answer()).orElse(""));
    }
}
