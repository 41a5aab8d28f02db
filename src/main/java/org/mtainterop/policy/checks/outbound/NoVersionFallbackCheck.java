package org.mtainterop.policy.checks.outbound;

import java.util.List;
import java.util.Set;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.adversary.smtp.SessionFacts;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.SenderCheck;
import org.mtainterop.policy.Verdict;
import org.mtainterop.sender.SenderFacts;
import org.mtainterop.tls.raw.ClientHelloOffer;

/**
 * DOWNGRADE-04: after a failed handshake the sender does not retry with an older TLS version (RFC 7507 §1:
 * insecure fallback; RFC 8446 §4.1.3 downgrade protection). The receiver aborts the first handshake and reads
 * the retry's ClientHello.
 */
public final class NoVersionFallbackCheck implements SenderCheck {
    public static final String ID = "DOWNGRADE-04";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Set<AdversarialProfile> needs(MailService service) {
        return Set.of(AdversarialProfile.FAIL_FIRST_HANDSHAKE);
    }

    @Override
    public Verdict judge(SenderFacts facts) {
        return OutboundEvidence.orElse(ID, facts, AdversarialProfile.FAIL_FIRST_HANDSHAKE, a -> {
            List<SessionFacts> hellos = a.sessions().stream().filter(s -> s.clientHello().isPresent()).toList();
            if (hellos.isEmpty()) {
                return Verdict.broken(ID, Reason.of("NoVersionFallback.broken.1", a.described()));
            }
            int first = hellos.get(0).clientHello().get().highestVersion();
            var plaintextRetry = a.sessions().stream().skip(1).filter(s -> !s.plaintextTransaction().isEmpty()).findFirst();
            if (plaintextRetry.isPresent()) {
                return Verdict.failed(ID, Reason.of("NoVersionFallback.failed.1",
                        ClientHelloOffer.versionName(first), plaintextRetry.get().described()));
            }
            if (hellos.size() == 1) {
                return Verdict.skipped(ID, Reason.of("NoVersionFallback.skipped.1", a.window().toSeconds(), a.described()));
            }
            for (SessionFacts retry : hellos.subList(1, hellos.size())) {
                int highest = retry.clientHello().get().highestVersion();
                if (highest < first) {
                    return Verdict.failed(ID, Reason.of("NoVersionFallback.failed.2",
                            ClientHelloOffer.versionName(first), ClientHelloOffer.versionName(highest)));
                }
            }
            return Verdict.passed(ID, Reason.of("NoVersionFallback.passed.1",
                    ClientHelloOffer.versionName(first), (hellos.size() - 1)));
        });
    }
}
