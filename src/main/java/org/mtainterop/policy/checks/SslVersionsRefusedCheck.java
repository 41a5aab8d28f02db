package org.mtainterop.policy.checks;

import static org.mtainterop.observation.Observations.TLS_VERSIONS_AND_SUITES;

import java.util.List;
import java.util.Set;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.TlsEnumerationPreconditions;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.TlsEnumerationFacts;
import org.mtainterop.tls.raw.ProtocolVersion;

/** TLS-VER-01: SSLv2 and SSLv3 are never negotiated (RFC 6176, RFC 7568: MUST NOT). */
public final class SslVersionsRefusedCheck implements InboundCheck {
    public static final String ID = "TLS-VER-01";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Set<Observation<?>> needs(MailService service) {
        return TlsEnumerationPreconditions.needsVersionsAndSuites(service);
    }

    @Override
    public Verdict judge(ObservedFacts facts) {
        var unmet = TlsEnumerationPreconditions.unmet(ID, facts, TLS_VERSIONS_AND_SUITES);
        if (unmet.isPresent()) {
            return unmet.get();
        }
        TlsEnumerationFacts e = facts.get(TLS_VERSIONS_AND_SUITES);
        Reason caveat = TlsEnumerationPreconditions.caveat(e);
        Reason who = TlsEnumerationPreconditions.who(facts);
        List<String> accepted = List.of(ProtocolVersion.SSL_2_0, ProtocolVersion.SSL_3_0).stream()
                .filter(e::accepts).map(ProtocolVersion::label).toList();
        if (accepted.isEmpty()) {
            return Verdict.passed(ID, Reason.of("SslVersionsRefused.passed.1", who, caveat));
        }
        return Verdict.failed(ID, Reason.of("SslVersionsRefused.failed.1",
                who, Reason.and(accepted), e.finding(ProtocolVersion.ofLabel(accepted.get(0)).orElseThrow()).map(f -> f.answer()).orElse("")));
    }
}
