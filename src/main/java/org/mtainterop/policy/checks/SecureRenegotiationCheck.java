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
import org.mtainterop.probe.TlsEnumerationFacts.Support;
import org.mtainterop.probe.TlsEnumerationFacts;

/** TLS-EXT-01: secure renegotiation (RFC 5746) is supported. Client-initiated renegotiation needs a completed handshake and is not tested by the raw hellos. */
public final class SecureRenegotiationCheck implements InboundCheck {
    public static final String ID = "TLS-EXT-01";

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
        if (e.secureRenegotiation() == Support.NOT_APPLICABLE) {
            return Verdict.passed(ID, Reason.of("SecureRenegotiation.passed.1", caveat));
        }
        if (e.secureRenegotiation() == Support.YES) {
            return Verdict.passed(ID, Reason.of("SecureRenegotiation.passed.2", caveat));
        }
        return Verdict.failed(ID, Reason.of("SecureRenegotiation.failed.1"));
    }
}
