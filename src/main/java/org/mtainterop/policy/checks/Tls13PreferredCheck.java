package org.mtainterop.policy.checks;

import static org.mtainterop.observation.Observations.TLS_DIALOGUE;

import java.util.Set;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.TlsPreconditions;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.TlsEnumerationPreconditions;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.TlsDialogueFacts;

/**
 * TLS-VER-04, on every service: offered TLS 1.3 and 1.2 by the modern handshake, the server chooses TLS 1.3 (ANSSI
 * TLS guide v1.2; RFC 9325 §3.1.1 SHOULD).
 */
public final class Tls13PreferredCheck implements InboundCheck {
    public static final String ID = "TLS-VER-04";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Set<Observation<?>> needs(MailService service) {
        return InboundCheck.observations(TLS_DIALOGUE);
    }

    @Override
    public Verdict judge(ObservedFacts facts) {
        TlsDialogueFacts d = facts.get(TLS_DIALOGUE);
        var unmet = TlsPreconditions.unmet(ID, d);
        if (unmet.isPresent()) {
            return unmet.get();
        }
        return judgeChosen(TlsEnumerationPreconditions.who(facts), d.handshake().get().protocol());
    }

    private static Verdict judgeChosen(Reason serviceOnPort, String chosen) {
        if ("TLSv1.3".equals(chosen)) {
            return Verdict.passed(ID, Reason.of("Tls13Preferred.passed.1", serviceOnPort));
        }
        return Verdict.failed(ID, Reason.of("Tls13Preferred.failed.1", serviceOnPort, chosen));
    }
}
