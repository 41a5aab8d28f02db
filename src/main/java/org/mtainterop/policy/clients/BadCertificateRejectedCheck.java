package org.mtainterop.policy.clients;

import java.util.List;
import java.util.Locale;
import org.mtainterop.adversary.SessionEnding;
import org.mtainterop.adversary.access.AccessServerProfile;
import org.mtainterop.adversary.access.AccessSessionFacts;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;

/**
 * CLIENT-02: shown an expired, wrong-name, self-signed or untrusted certificate, a client ends the handshake before
 * any credential; it sends nothing inside that TLS session and does not retry in plaintext (RFC 8314 §4.1,
 * RFC 6125 §6, RFC 5280 §6).
 */
public final class BadCertificateRejectedCheck implements ClientCheck {
    @Override
    public ClientRequirement requirement() {
        return ClientRequirement.CLIENT_02;
    }

    @Override
    public Verdict judge(AccessServerProfile profile, List<AccessSessionFacts> sessions) {
        String id = requirement().id();
        String certificate = profile.certificate().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return ClientEvidence.orElse(requirement(), profile, sessions, its -> {
            var credentials = its.stream().filter(AccessSessionFacts::credentialsAfterBadCertificate).findFirst();
            if (credentials.isPresent()) {
                return Verdict.failed(id, Reason.of("BadCertificateRejected.failed.1",
                        certificate, credentials.get().described()));
            }
            var wentOn = its.stream().filter(AccessSessionFacts::wentOnAfterBadCertificate).findFirst();
            if (wentOn.isPresent()) {
                return Verdict.failed(id, Reason.of("BadCertificateRejected.failed.2",
                        certificate, String.join("/", wentOn.get().verbsInsideTls().stream().distinct().toList()), wentOn.get().described()));
            }
            var leaked = its.stream().filter(AccessSessionFacts::leakedInPlaintext).findFirst();
            if (leaked.isPresent()) {
                return Verdict.failed(id, Reason.of("BadCertificateRejected.failed.3",
                        ClientEvidence.plaintextLeak(leaked.get()), certificate, leaked.get().described()));
            }
            var shown = its.stream().filter(s -> s.clientHello().isPresent()).findFirst();
            if (shown.isEmpty()) {
                return Verdict.broken(id, Reason.of("BadCertificateRejected.broken.1",
                        certificate, ClientEvidence.sessions(its)));
            }
            AccessSessionFacts s = shown.get();
            return Verdict.passed(id, s.tlsEstablished()
                    ? Reason.of("BadCertificateRejected.passed.leftSilently", certificate, SessionEnding.of(s.ending()))
                    : Reason.of("BadCertificateRejected.passed.refused", certificate, s.tlsFailureSaid().orElse(SessionEnding.of(s.ending()))));
        });
    }
}
