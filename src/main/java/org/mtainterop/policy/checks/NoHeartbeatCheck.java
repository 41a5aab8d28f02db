package org.mtainterop.policy.checks;

import static org.mtainterop.observation.Observations.TLS_ENUMERATION;

import java.util.ArrayList;
import java.util.List;
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

/** TLS-EXT-06: neither heartbeat (RFC 6520) nor truncated_hmac (RFC 6066 §7) is agreed to. */
public final class NoHeartbeatCheck implements InboundCheck {
    public static final String ID = "TLS-EXT-06";

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
        if (e.heartbeat() == Support.NOT_APPLICABLE) {
            return Verdict.skipped(ID, Reason.of("NoHeartbeat.skipped.1"));
        }
        if (e.heartbeat() == Support.NO && e.truncatedHmac() == Support.NO) {
            return Verdict.passed(ID, Reason.of("NoHeartbeat.passed.1", caveat));
        }
        List<String> agreed = new ArrayList<>();
        if (e.heartbeat() == Support.YES) {
            agreed.add("heartbeat");
        }
        if (e.truncatedHmac() == Support.YES) {
            agreed.add("truncated_hmac");
        }
        Reason which = Reason.and(agreed);
        return Verdict.failed(ID, Reason.of("NoHeartbeat.failed.1", which));
    }
}
