package org.mtainterop.policy.access;

import static org.mtainterop.observation.Observations.TLS_DIALOGUE;

import java.util.Set;
import org.mtainterop.dialect.AccessCapabilities;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.TlsPreconditions;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.TlsDialogueFacts;

/**
 * ACCESS-01: the service offers TLS: STARTTLS (submission, IMAP) or STLS (POP3) advertised before TLS
 * (RFC 3207 §4, RFC 2595 §3.1 and §4); on 465, 993 and 995 a TLS handshake first (RFC 8314 §3).
 */
public final class TlsOfferedCheck implements InboundCheck {
    public static final String ID = "ACCESS-01";

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
        if (d.service().implicitTls()) {
            if (d.handshake().isEmpty()) {
                return Verdict.broken(ID, d.problem().map(p -> p.said()).orElse(Reason.of("TlsOffered.theHandshakeDidNotRun")));
            }
            return d.tlsEstablished()
                    ? Verdict.passed(ID, Reason.of("TlsOffered.passed.1",
                            d.endpoint().port(), d.handshake().get().protocol(), d.handshake().get().cipherSuite()))
                    : Verdict.failed(ID, Reason.of("TlsOffered.failed.1",
                            d.endpoint().port(), d.handshake().get().failed()));
        }
        var greeted = TlsPreconditions.notGreeted(ID, d);
        if (greeted.isPresent()) {
            return greeted.get();
        }
        AccessCapabilities c = d.beforeTls();
        if (!c.answered()) {
            return d.problem().map(p -> Verdict.broken(ID, p.said())).orElse(Verdict.failed(ID,
                    Reason.of("TlsOffered.failed.2", c.tlsCommandName())));
        }
        if (c.tlsCommand()) {
            return Verdict.passed(ID, Reason.of("TlsOffered.passed.2", c.tlsCommandName(), c));
        }
        return Verdict.failed(ID, Reason.of("TlsOffered.failed.3", c.tlsCommandName(), c));
    }
}
