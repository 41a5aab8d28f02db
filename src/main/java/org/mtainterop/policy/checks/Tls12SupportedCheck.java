package org.mtainterop.policy.checks;

import static org.mtainterop.observation.Observations.HANDSHAKE_TLS12_ONLY;
import static org.mtainterop.observation.Observations.TLS_DIALOGUE;

import java.util.Set;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.TlsEnumerationPreconditions;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.OfferedHandshakeFacts;

/**
 * TLS-VER-03, on every service: a TLS 1.2-only hello is accepted (RFC 9325 §3.1.1: implementations MUST support
 * TLS 1.2), after STARTTLS / STLS or on connect on an implicit-TLS port.
 */
public final class Tls12SupportedCheck implements InboundCheck {
    public static final String ID = "TLS-VER-03";

    @Override
    public String requirementId() {
        return ID;
    }

    /** On an implicit-TLS port a refused TLS 1.2 hello is told apart from no TLS at all by the modern dialogue. */
    @Override
    public Set<Observation<?>> needs(MailService service) {
        return service.implicitTls() ? InboundCheck.observations(HANDSHAKE_TLS12_ONLY, TLS_DIALOGUE)
                : InboundCheck.observations(HANDSHAKE_TLS12_ONLY);
    }

    @Override
    public Verdict judge(ObservedFacts facts) {
        OfferedHandshakeFacts h = facts.get(HANDSHAKE_TLS12_ONLY);
        if (h.completed()) {
            return Verdict.passed(ID, Reason.of("Tls12Supported.passed.1",
                    TlsEnumerationPreconditions.who(facts), h.handshake().get().cipherSuite()));
        }
        if (h.handshake().isPresent() && facts.service().implicitTls() && !facts.get(TLS_DIALOGUE).tlsEstablished()) {
            return Verdict.skipped(ID, Reason.of("Tls12Supported.skipped.1", h.handshake().get().failed()));
        }
        if (h.handshake().isPresent()) {
            return Verdict.failed(ID, Reason.of("Tls12Supported.failed.1",
                    TlsEnumerationPreconditions.who(facts), h.handshake().get().failed()));
        }
        if (h.problem().isPresent()) {
            return Verdict.broken(ID, h.problem().get().said());
        }
        if (!h.tlsCommandOffered()) {
            return Verdict.skipped(ID, Reason.of("Tls12Supported.skipped.2", h.service().tlsCommandName()));
        }
        return h.tlsCommandRefusal().map(r -> Verdict.skipped(ID, Reason.of("Tls12Supported.skipped.3", r)))
                .orElse(Verdict.broken(ID, Reason.of("Tls12Supported.broken.1")));
    }
}
