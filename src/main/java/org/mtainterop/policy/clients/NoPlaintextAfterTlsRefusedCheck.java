package org.mtainterop.policy.clients;

import java.util.List;
import org.mtainterop.adversary.access.AccessServerProfile;
import org.mtainterop.adversary.access.AccessSessionFacts;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;

/**
 * CLIENT-01: when STARTTLS is stripped, refused or its handshake fails, a client configured for TLS sends no
 * credential (not even a user name) and no mail in plaintext, in this session or a retry (RFC 8314 §4.1,
 * RFC 3207 §6, RFC 2595 §3.1).
 */
public final class NoPlaintextAfterTlsRefusedCheck implements ClientCheck {
    @Override
    public ClientRequirement requirement() {
        return ClientRequirement.CLIENT_01;
    }

    @Override
    public Verdict judge(AccessServerProfile profile, List<AccessSessionFacts> sessions) {
        String id = requirement().id();
        return ClientEvidence.orElse(requirement(), profile, sessions, its -> {
            var leaked = its.stream().filter(AccessSessionFacts::leakedInPlaintext).findFirst();
            if (leaked.isPresent()) {
                return Verdict.failed(id, Reason.of("NoPlaintextAfterTlsRefused.failed.1", profile.label(),
                        ClientEvidence.plaintextLeak(leaked.get()), leaked.get().described()));
            }
            boolean tried = its.stream().anyMatch(AccessSessionFacts::starttlsSent);
            return Verdict.passed(id, Reason.of("NoPlaintextAfterTlsRefused.passed.1", profile.label(),
                    tried ? Reason.of("NoPlaintextAfterTlsRefused.askedAndGaveUp") : Reason.NONE, ClientEvidence.sessions(its)));
        });
    }
}
