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
                    ? Verdict.passed(ID, "this is the implicit-TLS port (" + facts.service().label() + ") and TLS works")
                    : Verdict.skipped(ID, "this is the implicit-TLS port, where TLS did not work: see ACCESS-01");
        }
        Optional<OfferedHandshakeFacts> implicit = facts.get(ACCESS_IMPLICIT_TLS_PORT);
        if (implicit.isEmpty()) {
            return Verdict.skipped(ID, "no implicit-TLS counterpart is known for " + facts.service().label() + " on port "
                    + facts.endpoint().port() + " (give it as its own target, e.g. "
                    + facts.service().implicitTlsCounterpart().map(MailService::label).orElse("imaps") + "://HOST:PORT)");
        }
        OfferedHandshakeFacts h = implicit.get();
        int port = h.endpoint().port();
        if (h.completed()) {
            return Verdict.passed(ID, h.service().label() + " on port " + port + ": " + h.handshake().get().protocol()
                    + (h.greeting().map(g -> ", greeting " + g.brief()).orElse("")));
        }
        if (h.handshake().isPresent()) {
            return Verdict.failed(ID, "port " + port + " (" + h.service().label() + ") does not complete a TLS handshake: "
                    + h.handshake().get().failure());
        }
        ConnectionProblem p = h.problem().orElse(new ConnectionProblem(ConnectionProblem.Kind.HARNESS, "TLS was not reached"));
        if (p.kind() == ConnectionProblem.Kind.UNREACHABLE && facts.get(TLS_DIALOGUE).greeting().isPresent()) {
            return Verdict.failed(ID, "nothing accepts connections on port " + port + " (" + h.service().label()
                    + ") while " + facts.service().label() + " answers: " + p.reason());
        }
        return Verdict.broken(ID, "port " + port + ": " + p.reason());
    }
}
