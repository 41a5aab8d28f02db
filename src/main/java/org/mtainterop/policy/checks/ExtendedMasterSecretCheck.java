package org.mtainterop.policy.checks;

import org.mtainterop.policy.Check;
import org.mtainterop.policy.TlsEnumerationPreconditions;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.TargetFacts;
import org.mtainterop.probe.TlsEnumerationFacts;
import org.mtainterop.probe.TlsEnumerationFacts.Support;

/** TLS-EXT-02: extended master secret (RFC 7627) is agreed in TLS 1.2. */
public final class ExtendedMasterSecretCheck implements Check {
    public static final String ID = "TLS-EXT-02";

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
        if (e.extendedMasterSecret() == Support.NOT_APPLICABLE) {
            return Verdict.passed(ID, "only TLS 1.3 is accepted, whose key schedule needs no extension" + caveat);
        }
        if (e.extendedMasterSecret() == Support.YES) {
            return Verdict.passed(ID, "the ServerHello agrees to extended_master_secret (RFC 7627)" + caveat);
        }
        return Verdict.failed(ID, "the client offered extended_master_secret; the server did not agree (RFC 7627)");
    }
}
