package org.mtainterop.policy.access;

import static org.mtainterop.observation.Observations.ACCESS_IMPLICIT_TLS_PORT;
import static org.mtainterop.observation.Observations.TLS_DIALOGUE;

import java.util.Optional;
import java.util.Set;
import org.mtainterop.net.ConnectionProblem;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.OfferedHandshakeFacts;
import org.mtainterop.probe.TlsDialogueFacts;

/**
 * ACCESS-03: implicit-TLS ports are offered beside the STARTTLS ones (RFC 8314 §3.3: 465, 993, 995). A
 * STARTTLS service is judged by a handshake on its counterpart port; an implicit-TLS service by its own.
 */
public final class ImplicitTlsOfferedCheck implements InboundCheck {
    public static final String ID = "ACCESS-03";

    @Override
    public String requirementId() {
        return ID;
    }

    /** The implicit-TLS counterpart is tried from a STARTTLS service only. */
    @Override
    public Set<Observation<?>> needs(MailService service) {
        return service.implicitTls() ? InboundCheck.observations(TLS_DIALOGUE)
                : InboundCheck.observations(TLS_DIALOGUE, ACCESS_IMPLICIT_TLS_PORT);
    }

    @Override
    public Verdict judge(ObservedFacts facts) {
        if (facts.service().implicitTls()) {
            TlsDialogueFacts d = facts.get(TLS_DIALOGUE);
            return d.tlsEstablished()
                    ? Verdict.passed(ID, Reason.of("ImplicitTlsOffered.passed.1", facts.service().label()))
                    : Verdict.skipped(ID, Reason.of("ImplicitTlsOffered.skipped.1"));
        }
        Optional<OfferedHandshakeFacts> implicit = facts.get(ACCESS_IMPLICIT_TLS_PORT);
        if (implicit.isEmpty()) {
            return Verdict.skipped(ID, Reason.of("ImplicitTlsOffered.skipped.2", facts.service().label(),
                    facts.endpoint().port(), facts.service().implicitTlsCounterpart().map(MailService::label).orElse("imaps")));
        }
        OfferedHandshakeFacts h = implicit.get();
        int port = h.endpoint().port();
        if (h.completed()) {
            return Verdict.passed(ID, Reason.of("ImplicitTlsOffered.passed.2", h.service().label(), port,
                    h.handshake().get().protocol(), h.greeting().map(g -> Reason.of("ImplicitTlsOffered.greeting",
                            g.brief()))
                            .orElse(Reason.NONE)));
        }
        if (h.handshake().isPresent()) {
            return Verdict.failed(ID, Reason.of("ImplicitTlsOffered.failed.1",
                    port, h.service().label(), h.handshake().get().failed()));
        }
        ConnectionProblem p = h.problem().orElse(new ConnectionProblem(ConnectionProblem.Kind.HARNESS, Reason.of("TlsPreconditions.tlsWasNotReached")));
        if (p.kind() == ConnectionProblem.Kind.UNREACHABLE && facts.get(TLS_DIALOGUE).greeting().isPresent()) {
            return Verdict.failed(ID, Reason.of("ImplicitTlsOffered.failed.2",
                    port, h.service().label(), facts.service().label(), p.said()));
        }
        return Verdict.broken(ID, Reason.of("ImplicitTlsOffered.broken.1", port, p.said()));
    }
}
