package org.mtainterop.policy.checks;

import static org.mtainterop.observation.Observations.HANDSHAKE_UNKNOWN_SNI;
import static org.mtainterop.observation.Observations.HANDSHAKE_WITHOUT_SNI;

import java.util.Set;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.InboundCheck;
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
            return Verdict.passed(ID, "handshakes completed without SNI (" + none.handshake().get().protocol()
                    + ") and with an unknown SNI (" + unknown.handshake().get().protocol() + ")");
        }
        if (!none.tlsCommandOffered() || !unknown.tlsCommandOffered()) {
            OfferedHandshakeFacts first = none.tlsCommandOffered() ? unknown : none;
            return first.problem().map(p -> Verdict.broken(ID, p.reason()))
                    .orElse(Verdict.skipped(ID, "needs TLS, but the server does not offer STARTTLS"));
        }
        if (none.tlsCommandRefusal().isPresent() && unknown.tlsCommandRefusal().isPresent()) {
            return Verdict.skipped(ID, "needs TLS, but " + none.tlsCommandRefusal().get());
        }
        StringBuilder why = new StringBuilder();
        if (!none.completed()) {
            why.append("without SNI: ").append(reason(none));
        }
        if (!unknown.completed()) {
            why.append(why.length() > 0 ? "; " : "").append("with an unknown SNI: ").append(reason(unknown));
        }
        // a failed handshake is a defect; a session that never reached its handshake (timeout, reset, STARTTLS
        // refused on that one session) tested nothing (house rule 3)
        boolean handshakeFailed = !none.completed() && none.handshake().isPresent()
                || !unknown.completed() && unknown.handshake().isPresent();
        if (!handshakeFailed) {
            return Verdict.broken(ID, why.toString());
        }
        return Verdict.failed(ID, "the handshake failed " + why);
    }

    private static String reason(OfferedHandshakeFacts f) {
        return f.handshake().map(h -> h.failure())
                .orElse(f.problem().map(p -> p.reason())
                        .orElse(f.tlsCommandRefusal().map(r -> "STARTTLS not accepted: " + r).orElse("STARTTLS not accepted")));
    }
}
