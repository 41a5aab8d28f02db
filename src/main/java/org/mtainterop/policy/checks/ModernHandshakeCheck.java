package org.mtainterop.policy.checks;

import static org.mtainterop.observation.Observations.STARTTLS_DIALOGUE;

import java.util.Set;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.StarttlsDialogueFacts;
import org.mtainterop.tls.TlsHandshakeFacts;

/** STARTTLS-08: after the 220 to STARTTLS, a handshake with a modern client (TLS 1.2/1.3, default suites) completes. */
public final class ModernHandshakeCheck implements InboundCheck {
    public static final String ID = "STARTTLS-08";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Set<Observation<?>> needs(MailService service) {
        return InboundCheck.observations(STARTTLS_DIALOGUE);
    }

    @Override
    public Verdict judge(ObservedFacts facts) {
        StarttlsDialogueFacts d = facts.get(STARTTLS_DIALOGUE);
        if (d.ehloReply().isEmpty()) {
            return Verdict.broken(ID, d.problem().map(p -> p.reason()).orElse("no EHLO reply"));
        }
        if (!d.capabilities().offersStarttls()) {
            return Verdict.skipped(ID, "the server does not offer STARTTLS");
        }
        if (d.starttlsReply().isEmpty()) {
            return Verdict.broken(ID, d.problem().map(p -> p.reason()).orElse("no answer to STARTTLS"));
        }
        if (d.starttlsReply().get().code() != 220) {
            return Verdict.failed(ID, "STARTTLS is advertised but was answered " + d.starttlsReply().get().brief());
        }
        if (d.handshake().isEmpty()) {
            return Verdict.broken(ID, d.problem().map(p -> p.reason()).orElse("the handshake did not run"));
        }
        TlsHandshakeFacts h = d.handshake().get();
        if (!h.completed()) {
            return Verdict.failed(ID, "a TLS 1.2/1.3 handshake with default suites failed: " + h.failure());
        }
        return Verdict.passed(ID, "handshake completed: " + h.protocol() + " " + h.cipherSuite());
    }
}
