package org.mtainterop.policy.checks;

import org.mtainterop.policy.Check;
import org.mtainterop.policy.TlsEnumerationPreconditions;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.TargetFacts;
import org.mtainterop.probe.TlsEnumerationFacts;

/** TLS-EXT-03: no TLS compression (CRIME; RFC 9325 §3.3: MUST NOT). */
public final class NoCompressionCheck implements Check {
    public static final String ID = "TLS-EXT-03";

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
        return switch (e.compression()) {
            case YES -> Verdict.failed(ID, "offered DEFLATE and null compression, the server chose DEFLATE");
            case NO -> Verdict.passed(ID, "offered DEFLATE and null compression, the server chose null" + caveat);
            case NOT_APPLICABLE -> Verdict.passed(ID, "only TLS 1.3 is accepted, which has no compression" + caveat);
        };
    }
}
