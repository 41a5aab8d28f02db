package org.mtainterop.policy.checks;

import static org.mtainterop.observation.Observations.TLS_ENUMERATION;

import java.util.Set;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.TlsEnumerationPreconditions;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.TlsEnumerationFacts;

/** TLS-EXT-03: no TLS compression (CRIME; RFC 9325 §3.3: MUST NOT). */
public final class NoCompressionCheck implements InboundCheck {
    public static final String ID = "TLS-EXT-03";

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
        return switch (e.compression()) {
            case YES -> Verdict.failed(ID, Reason.of("NoCompression.failed.1"));
            case NO -> Verdict.passed(ID, Reason.of("NoCompression.passed.1", caveat));
            case NOT_APPLICABLE -> Verdict.passed(ID, Reason.of("NoCompression.passed.2", caveat));
        };
    }
}
