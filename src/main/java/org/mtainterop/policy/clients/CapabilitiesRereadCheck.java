package org.mtainterop.policy.clients;

import java.util.List;
import org.mtainterop.adversary.access.AccessServerProfile;
import org.mtainterop.adversary.access.AccessSessionFacts;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;

/**
 * CLIENT-04: after the handshake the client asks for capabilities again (EHLO, CAPABILITY, CAPA) and uses nothing
 * that only the pre-TLS announcement offered (RFC 3207 §4.2, RFC 2595 §3.1, RFC 9051 §6.2.1). The server announces
 * a LOGIN mechanism and a fake capability before TLS only, and refuses them inside.
 */
public final class CapabilitiesRereadCheck implements ClientCheck {
    @Override
    public ClientRequirement requirement() {
        return ClientRequirement.CLIENT_04;
    }

    @Override
    public Verdict judge(AccessServerProfile profile, List<AccessSessionFacts> sessions) {
        String id = requirement().id();
        return ClientEvidence.orElse(requirement(), profile, sessions, its -> {
            var used = its.stream().filter(s -> s.preTlsOnlyCapabilityUsed().isPresent()).findFirst();
            if (used.isPresent()) {
                return Verdict.failed(id, Reason.of("CapabilitiesReread.failed.1",
                        used.get().preTlsOnlyCapabilityUsed().get(), used.get().described()));
            }
            var inside = its.stream().filter(s -> s.tlsEstablished() && !s.verbsInsideTls().isEmpty()).findFirst();
            if (inside.isEmpty()) {
                boolean starttls = its.stream().anyMatch(AccessSessionFacts::starttlsSent);
                return Verdict.broken(id, Reason.of("CapabilitiesReread.broken.1", Reason.of(starttls
                        ? "CapabilitiesReread.nothingInsideTls" : "CapabilitiesReread.noStarttls"), ClientEvidence.sessions(its)));
            }
            AccessSessionFacts s = inside.get();
            if (!s.capabilitiesReadInsideTls()) {
                return Verdict.failed(id, Reason.of("CapabilitiesReread.failed.2", s.verbsInsideTls().get(0)));
            }
            return Verdict.passed(id, Reason.of("CapabilitiesReread.passed.1",
                    String.join("/", s.verbsInsideTls().stream().distinct().limit(8).toList())));
        });
    }
}
