package org.mtainterop.policy.access;

import static org.mtainterop.observation.Observations.ACCESS_CLEARTEXT_LOGIN;
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
import org.mtainterop.probe.access.CleartextLoginFacts;

/**
 * ACCESS-02: no cleartext authentication before TLS. Submission: no AUTH mechanism advertised before
 * STARTTLS (RFC 4954 §4, RFC 8314 §3.3); IMAP: LOGINDISABLED and no AUTH= (RFC 9051 §6.2.3, §7.2.2);
 * POP3: neither USER nor SASL advertised, and {@code USER probe} refused (RFC 2595 §4, RFC 8314 §3.3).
 * Judged from what the server announces; no credential is ever sent.
 */
public final class NoCleartextLoginCheck implements InboundCheck {
    public static final String ID = "ACCESS-02";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Set<Observation<?>> needs(MailService service) {
        return InboundCheck.observations(TLS_DIALOGUE, ACCESS_CLEARTEXT_LOGIN);
    }

    @Override
    public Verdict judge(ObservedFacts facts) {
        TlsDialogueFacts d = facts.get(TLS_DIALOGUE);
        var notApplicable = TlsPreconditions.implicitTls(ID, d).or(() -> TlsPreconditions.notGreeted(ID, d));
        if (notApplicable.isPresent()) {
            return notApplicable.get();
        }
        AccessCapabilities c = d.beforeTls();
        if (!c.answered()) {
            return Verdict.broken(ID, d.problem().map(p -> p.said()).orElse(Reason.of("NoCleartextLogin.theCapabilityRequestWasRefused")));
        }
        if (c.offersLogin()) {
            return Verdict.failed(ID, Reason.of("NoCleartextLogin.failed.1", c.tlsCommandName(), c.loginOffers(), c));
        }
        if (d.service().protocol() == MailService.Protocol.POP3) {
            CleartextLoginFacts user = facts.get(ACCESS_CLEARTEXT_LOGIN);
            if (user.userAnswer().isEmpty()) {
                return Verdict.broken(ID, user.problem().map(p -> p.said()).orElse(Reason.of("NoCleartextLogin.userWasNotAnswered")));
            }
            if (user.userAnswer().get().accepted()) {
                return Verdict.failed(ID, Reason.of("NoCleartextLogin.failed.2", user.userAnswer().get().brief()));
            }
            return Verdict.passed(ID, Reason.of("NoCleartextLogin.passed.1", c, user.userAnswer().get().brief()));
        }
        return Verdict.passed(ID, Reason.of("NoCleartextLogin.passed.2", c.tlsCommandName(), c));
    }
}
