package org.mtainterop.policy.checks;

import static org.mtainterop.observation.Observations.HANDSHAKE_TLS12_ONLY;

import java.util.Set;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.StarttlsHandshakeFacts;

/** TLS-VER-03: TLS 1.2 is supported (RFC 9325 §3.1.1: implementations MUST support TLS 1.2). */
public final class Tls12SupportedCheck implements InboundCheck {
    public static final String ID = "TLS-VER-03";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Set<Observation<?>> needs(MailService service) {
        return InboundCheck.observations(HANDSHAKE_TLS12_ONLY);
    }

    @Override
    public Verdict judge(ObservedFacts facts) {
        StarttlsHandshakeFacts h = facts.get(HANDSHAKE_TLS12_ONLY);
        if (h.completed()) {
            return Verdict.passed(ID, facts.serviceOnPort() + " accepted a TLS 1.2-only hello: " + h.handshake().get().cipherSuite());
        }
        if (!h.starttlsOffered()) {
            return h.problem().map(p -> Verdict.broken(ID, p.reason()))
                    .orElse(Verdict.skipped(ID, "needs TLS, but the server does not offer STARTTLS"));
        }
        if (h.starttlsRefusal().isPresent()) {
            return Verdict.skipped(ID, "needs TLS, but " + h.starttlsRefusal().get());
        }
        if (h.handshake().isPresent()) {
            return Verdict.failed(ID, facts.serviceOnPort() + " refused a TLS 1.2-only hello: " + h.handshake().get().failure());
        }
        return Verdict.broken(ID, h.problem().map(p -> p.reason()).orElse("STARTTLS was not accepted"));
    }
}
