package org.mtainterop.policy.checks.outbound;

import java.util.Set;
import org.mtainterop.adversary.SessionEnding;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.adversary.smtp.SessionFacts;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.SenderCheck;
import org.mtainterop.policy.Verdict;
import org.mtainterop.sender.SenderFacts;
import org.mtainterop.tls.HandshakeFailure;

/**
 * DOWNGRADE-02: the sender ignores bytes injected after the 220 to STARTTLS (response injection, "NO STARTTLS"
 * §5.2, RFC 3207 §4.2). A client that buffered the forged "250" takes it as the reply to its EHLO inside TLS and
 * runs ahead: its next commands arrive before the real EHLO reply was sent.
 */
public final class InjectedReplyIgnoredCheck implements SenderCheck {
    public static final String ID = "DOWNGRADE-02";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Set<AdversarialProfile> needs(MailService service) {
        return Set.of(AdversarialProfile.INJECT_AFTER_220);
    }

    @Override
    public Verdict judge(SenderFacts facts) {
        return OutboundEvidence.orElse(ID, facts, AdversarialProfile.INJECT_AFTER_220, a -> {
            var upgraded = a.sessions().stream().filter(SessionFacts::starttlsSent).toList();
            if (upgraded.isEmpty()) {
                return Verdict.broken(ID, Reason.of("InjectedReplyIgnored.broken.1", a.described()));
            }
            var ahead = upgraded.stream().filter(s -> s.commandsAheadOfEhloReply() > 0).findFirst();
            if (ahead.isPresent()) {
                return Verdict.failed(ID, Reason.of("InjectedReplyIgnored.failed.1",
                        ahead.get().commandsAheadOfEhloReply()));
            }
            var inside = upgraded.stream().filter(SessionFacts::tlsEstablished).findFirst();
            return Verdict.passed(ID, inside.isPresent() ? Reason.of("InjectedReplyIgnored.passed.inStep")
                    : Reason.of("InjectedReplyIgnored.passed.noTlsAfter", upgraded.get(0).clientHelloProblem()
                            .or(() -> upgraded.get(0).tlsFailure().map(HandshakeFailure::of)).orElse(SessionEnding.of(upgraded.get(0).ending()))));
        });
    }
}
