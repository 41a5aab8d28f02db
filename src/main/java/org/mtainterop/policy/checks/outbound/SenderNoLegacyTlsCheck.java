package org.mtainterop.policy.checks.outbound;

import java.util.Set;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.adversary.smtp.SessionFacts;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.SenderCheck;
import org.mtainterop.policy.Verdict;
import org.mtainterop.sender.SenderFacts;
import org.mtainterop.tls.raw.ClientHelloOffer;
import org.mtainterop.tls.raw.ProtocolVersion;

/**
 * TLS-VER-02, sending side: the sender refuses TLS 1.0 and 1.1 (RFC 8996 §2-3; ANSSI guide R3). Observed twice:
 * the versions its ClientHello lists, and its reaction to an MX that answers with a TLS 1.0 ServerHello.
 */
public final class SenderNoLegacyTlsCheck implements SenderCheck {
    public static final String ID = "TLS-VER-02";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Set<AdversarialProfile> needs(MailService service) {
        return Set.of(AdversarialProfile.TLS10_ONLY);
    }

    @Override
    public Verdict judge(SenderFacts facts) {
        return OutboundEvidence.orElse(ID, facts, AdversarialProfile.TLS10_ONLY, a -> {
            var probed = a.sessions().stream().filter(s -> s.clientHello().isPresent()).findFirst();
            if (probed.isEmpty()) {
                return Verdict.skipped(ID, Reason.of("SenderNoLegacyTls.skipped.1", a.described()));
            }
            ClientHelloOffer h = probed.get().clientHello().get();
            if (h.versionsExplicit() && (h.offers(ProtocolVersion.TLS_1_0) || h.offers(ProtocolVersion.TLS_1_1))) {
                return Verdict.failed(ID, Reason.of("SenderNoLegacyTls.failed.1",
                        String.join(", ", h.offeredVersions().stream().map(ClientHelloOffer::versionName).toList())));
            }
            if (probed.get().tls10Response().isEmpty()) {
                return Verdict.broken(ID, Reason.of("SenderNoLegacyTls.broken.1"));
            }
            String reaction = probed.get().tls10Response().get();
            if (reaction.startsWith("could not be sent")) {
                return Verdict.broken(ID, Reason.of("SenderNoLegacyTls.broken.2", reaction));
            }
            // an alert record, even cut short, or a hang-up is a refusal of TLS 1.0
            if (reaction.startsWith("alert") || reaction.startsWith("truncated alert") || reaction.startsWith("closed")) {
                var mail = a.sessions().stream().filter(s -> !s.plaintextTransaction().isEmpty()).findFirst();
                return Verdict.passed(ID, Reason.of("SenderNoLegacyTls.passed.1",
                        String.join(", ", h.offeredVersions().stream().map(ClientHelloOffer::versionName).toList()), reaction,
                        mail.map(SessionFacts::described).map(s -> Reason.of("SenderNoLegacyTls.then",
                                s)).orElse(Reason.NONE)));
            }
            return Verdict.failed(ID, Reason.of("SenderNoLegacyTls.failed.2", reaction));
        });
    }
}
