package org.mtainterop.policy.checks.outbound;

import java.util.Set;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.adversary.smtp.SessionFacts;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.SenderCheck;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.mtainterop.sender.SenderFacts;

/**
 * STARTTLS-07: even with PIPELINING advertised, the client sends nothing after STARTTLS until the 220
 * (RFC 2920 §3.1: STARTTLS ends a command group; RFC 3207 §4.2). The receiver waits a short window before its
 * 220 and records any byte that arrives.
 */
public final class NothingBeforeStarttlsReadyCheck implements SenderCheck {
    public static final String ID = "STARTTLS-07";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Set<AdversarialProfile> needs(MailService service) {
        return Set.of(AdversarialProfile.COMPLIANT);
    }

    @Override
    public Verdict judge(SenderFacts facts) {
        return OutboundEvidence.orElse(ID, facts, AdversarialProfile.COMPLIANT, a -> {
            var withStarttls = a.sessions().stream().filter(SessionFacts::starttlsSent).toList();
            if (withStarttls.isEmpty()) {
                return Verdict.skipped(ID, Reason.of("NothingBeforeStarttlsReady.skipped.1"));
            }
            var early = withStarttls.stream().filter(s -> s.bytesBeforeStarttlsReady().isPresent()).findFirst();
            return early.map(s -> Verdict.failed(ID, Reason.of("NothingBeforeStarttlsReady.failed.1",
                    s.bytesBeforeStarttlsReady().get())))
                    .orElseGet(() -> Verdict.passed(ID, Reason.of("NothingBeforeStarttlsReady.passed.1",
                            withStarttls.size())));
        });
    }
}
