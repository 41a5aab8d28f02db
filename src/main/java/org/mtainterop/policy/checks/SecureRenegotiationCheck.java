package org.mtainterop.policy.checks;

import org.mtainterop.policy.Check;
import org.mtainterop.policy.TlsEnumerationPreconditions;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.TargetFacts;
import org.mtainterop.probe.TlsEnumerationFacts;
import org.mtainterop.probe.TlsEnumerationFacts.Support;

/** TLS-EXT-01: secure renegotiation (RFC 5746) is supported. Client-initiated renegotiation needs a completed handshake and is not tested by the raw hellos. */
public final class SecureRenegotiationCheck implements Check {
    public static final String ID = "TLS-EXT-01";

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
        if (e.secureRenegotiation() == Support.NOT_APPLICABLE) {
            return Verdict.passed(ID, "only TLS 1.3 is accepted, which has no renegotiation at all" + caveat);
        }
        if (e.secureRenegotiation() == Support.YES) {
            return Verdict.passed(ID, "the ServerHello carries renegotiation_info (RFC 5746); client-initiated"
                    + " renegotiation itself was not tried" + caveat);
        }
        return Verdict.failed(ID, "the ServerHello has no renegotiation_info although the client sent it (RFC 5746)");
    }
}
