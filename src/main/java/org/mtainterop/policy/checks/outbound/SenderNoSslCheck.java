package org.mtainterop.policy.checks.outbound;

import java.util.Set;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.SenderCheck;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.mtainterop.sender.SenderFacts;
import org.mtainterop.tls.raw.ClientHelloOffer;
import org.mtainterop.tls.raw.ProtocolVersion;

/** TLS-VER-01, sending side: the sender never offers SSLv2 or SSLv3 (RFC 6176, RFC 7568). Read off its ClientHello. */
public final class SenderNoSslCheck implements SenderCheck {
    public static final String ID = "TLS-VER-01";

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
            var hello = a.sessions().stream().flatMap(s -> s.clientHello().stream()).findFirst();
            if (hello.isEmpty()) {
                return Verdict.skipped(ID, Reason.of("SenderNoSsl.skipped.1"));
            }
            ClientHelloOffer h = hello.get();
            if (h.sslv2Format() || h.legacyVersion() <= ProtocolVersion.SSL_3_0.code()
                    || h.versionsExplicit() && h.offers(ProtocolVersion.SSL_3_0)) {
                return Verdict.failed(ID, Reason.of("SenderNoSsl.failed.1",
                        String.join(", ", h.offeredVersions().stream().map(ClientHelloOffer::versionName).toList())));
            }
            if (!h.versionsExplicit()) {
                return Verdict.broken(ID, Reason.of("SenderNoSsl.broken.1"));
            }
            return Verdict.passed(ID, Reason.of("SenderNoSsl.passed.1",
                    String.join(", ", h.offeredVersions().stream().map(ClientHelloOffer::versionName).toList())));
        });
    }
}
