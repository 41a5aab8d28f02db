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

/** TLS-EXT-02: extended master secret (RFC 7627) is agreed in TLS 1.2. */
public final class ExtendedMasterSecretCheck implements InboundCheck {
    public static final String ID = "TLS-EXT-02";

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
        if (e.extendedMasterSecret() == Support.NOT_APPLICABLE) {
            return Verdict.passed(ID, Reason.of("ExtendedMasterSecret.passed.1", caveat));
        }
        if (e.extendedMasterSecret() == Support.YES) {
            return Verdict.passed(ID, Reason.of("ExtendedMasterSecret.passed.2", caveat));
        }
        return Verdict.failed(ID, Reason.of("ExtendedMasterSecret.failed.1"));
    }
}
