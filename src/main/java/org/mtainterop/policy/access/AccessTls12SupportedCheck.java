package org.mtainterop.policy.access;

import static org.mtainterop.observation.Observations.TLS_DIALOGUE;
import static org.mtainterop.observation.Observations.ACCESS_TLS12_ONLY;

import java.util.Set;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.access.AccessHandshakeFacts;

/** TLS-VER-03 for user access: TLS 1.2 is supported (RFC 9325 §3.1.1; RFC 8314 §4.1 for mail access). */
public final class AccessTls12SupportedCheck implements InboundCheck {
    public static final String ID = "TLS-VER-03";

    @Override
    public String requirementId() {
        return ID;
    }

    /** On an implicit-TLS port a refused TLS 1.2 hello is told apart from no TLS at all by the modern dialogue. */
    @Override
    public Set<Observation<?>> needs(MailService service) {
        return service.implicitTls() ? InboundCheck.observations(ACCESS_TLS12_ONLY, TLS_DIALOGUE)
                : InboundCheck.observations(ACCESS_TLS12_ONLY);
    }

    @Override
    public Verdict judge(ObservedFacts facts) {
        AccessHandshakeFacts h = facts.get(ACCESS_TLS12_ONLY);
        if (h.completed()) {
            return Verdict.passed(ID, facts.serviceOnPort() + " accepted a TLS 1.2-only hello: " + h.handshake().get().cipherSuite());
        }
        if (h.handshake().isPresent() && facts.service().implicitTls() && !facts.get(TLS_DIALOGUE).tlsEstablished()) {
            return Verdict.skipped(ID, "needs TLS, but no handshake completes on this implicit-TLS port (see ACCESS-01): "
                    + h.handshake().get().failure());
        }
        if (h.handshake().isPresent()) {
            return Verdict.failed(ID, facts.serviceOnPort() + " refused a TLS 1.2-only hello: " + h.handshake().get().failure());
        }
        if (h.problem().isPresent()) {
            return Verdict.broken(ID, h.problem().get().reason());
        }
        if (!h.tlsCommandOffered()) {
            return Verdict.skipped(ID, "needs TLS, but the server does not advertise STARTTLS / STLS");
        }
        return Verdict.skipped(ID, "needs TLS, but " + h.tlsCommandRefusal().orElse("TLS was not reached"));
    }
}
