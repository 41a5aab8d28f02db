package org.mtainterop.policy.checks;

import static org.mtainterop.observation.Observations.HANDSHAKE_UNKNOWN_SNI;
import static org.mtainterop.observation.Observations.HANDSHAKE_WITHOUT_SNI;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.OfferedHandshakeFacts;

/** CERT-08: the receiving MTA completes the handshake with no SNI and with an unknown SNI (RFC 7672 §8.1: SMTP clients may send none). */
public final class HandshakeWithoutSniCheck implements InboundCheck {
    public static final String ID = "CERT-08";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Set<Observation<?>> needs(MailService service) {
        return InboundCheck.observations(HANDSHAKE_WITHOUT_SNI, HANDSHAKE_UNKNOWN_SNI);
    }

    @Override
    public Verdict judge(ObservedFacts facts) {
        OfferedHandshakeFacts none = facts.get(HANDSHAKE_WITHOUT_SNI);
        OfferedHandshakeFacts unknown = facts.get(HANDSHAKE_UNKNOWN_SNI);
        if (none.completed() && unknown.completed()) {
            return Verdict.passed(ID, Reason.of("HandshakeWithoutSni.passed.1",
                    none.handshake().get().protocol(), unknown.handshake().get().protocol()));
        }
        if (!none.tlsCommandOffered() || !unknown.tlsCommandOffered()) {
            OfferedHandshakeFacts first = none.tlsCommandOffered() ? unknown : none;
            return first.problem().map(p -> Verdict.broken(ID, p.said()))
                    .orElse(Verdict.skipped(ID, Reason.of("HandshakeWithoutSni.skipped.1")));
        }
        if (none.tlsCommandRefusal().isPresent() && unknown.tlsCommandRefusal().isPresent()) {
            return Verdict.skipped(ID, Reason.of("HandshakeWithoutSni.skipped.2", none.tlsCommandRefusal().get()));
        }
        List<Reason> whys = new ArrayList<>();
        if (!none.completed()) {
            whys.add(Reason.of("HandshakeWithoutSni.withoutSni", reason(none)));
        }
        if (!unknown.completed()) {
            whys.add(Reason.of("HandshakeWithoutSni.unknownSni", reason(unknown)));
        }
        Reason why = Reason.join("; ", whys);
        // a failed handshake is a defect; a session that never reached its handshake (timeout, reset, STARTTLS
        // refused on that one session) tested nothing (house rule 3)
        boolean handshakeFailed = !none.completed() && none.handshake().isPresent()
                || !unknown.completed() && unknown.handshake().isPresent();
        if (!handshakeFailed) {
            return Verdict.broken(ID, why);
        }
        return Verdict.failed(ID, Reason.of("HandshakeWithoutSni.failed.1", why));
    }

    private static Reason reason(OfferedHandshakeFacts f) {
        return f.handshake().map(h -> h.failed())
                .orElse(f.problem().map(p -> p.said())
                        .orElse(f.tlsCommandRefusal().map(r -> Reason.of("HandshakeWithoutSni.starttlsRefused", r))
                                .orElse(Reason.of("HandshakeWithoutSni.starttlsNotAccepted"))));
    }
}
