package org.mtainterop.policy.checks.outbound;

import java.util.Set;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.SenderCheck;
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
                return Verdict.skipped(ID, "no ClientHello: the sender did not start TLS");
            }
            ClientHelloOffer h = hello.get();
            if (h.sslv2Format() || h.legacyVersion() <= ProtocolVersion.SSL_3_0.code()
                    || h.versionsExplicit() && h.offers(ProtocolVersion.SSL_3_0)) {
                return Verdict.failed(ID, "the ClientHello offers SSL: " + String.join(", ",
                        h.offeredVersions().stream().map(ClientHelloOffer::versionName).toList()));
            }
            if (!h.versionsExplicit()) {
                return Verdict.broken(ID, "the ClientHello has no supported_versions: its lowest version cannot be read");
            }
            return Verdict.passed(ID, "offered versions: " + String.join(", ",
                    h.offeredVersions().stream().map(ClientHelloOffer::versionName).toList()));
        });
    }
}
