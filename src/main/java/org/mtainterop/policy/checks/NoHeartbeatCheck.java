package org.mtainterop.policy.checks;

import static org.mtainterop.observation.Observations.TLS_ENUMERATION;

import java.util.Set;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.TlsEnumerationPreconditions;
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
        String caveat = TlsEnumerationPreconditions.caveat(e);
        if (e.heartbeat() == Support.NOT_APPLICABLE) {
            return Verdict.skipped(ID, "only TLS 1.3 is accepted: its extensions are encrypted, the raw hello cannot see them");
        }
        if (e.heartbeat() == Support.NO && e.truncatedHmac() == Support.NO) {
            return Verdict.passed(ID, "offered heartbeat and truncated_hmac, the server agreed to neither" + caveat);
        }
        String which = (e.heartbeat() == Support.YES ? "heartbeat" : "")
                + (e.heartbeat() == Support.YES && e.truncatedHmac() == Support.YES ? " and " : "")
                + (e.truncatedHmac() == Support.YES ? "truncated_hmac" : "");
        return Verdict.failed(ID, "the server agreed to " + which);
    }
}
