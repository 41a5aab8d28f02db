package org.mtainterop.policy.clients;

import java.util.List;
import org.mtainterop.adversary.SessionEnding;
import org.mtainterop.adversary.access.AccessServerProfile;
import org.mtainterop.adversary.access.AccessSessionFacts;
import org.mtainterop.adversary.access.FirstContact;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.mtainterop.tls.raw.ClientHelloOffer;

/**
 * CLIENT-05: on an implicit-TLS port (465, 993, 995) that greets in plaintext, a client configured for implicit TLS
 * starts TLS at once (its first bytes are a ClientHello) and never speaks the protocol in plaintext, STARTTLS
 * included (RFC 8314 §3.2-3.3).
 */
public final class NoImplicitTlsFallbackCheck implements ClientCheck {
    @Override
    public ClientRequirement requirement() {
        return ClientRequirement.CLIENT_05;
    }

    @Override
    public Verdict judge(AccessServerProfile profile, List<AccessSessionFacts> sessions) {
        String id = requirement().id();
        return ClientEvidence.orElse(requirement(), profile, sessions, its -> {
            var leaked = its.stream().filter(AccessSessionFacts::leakedInPlaintext).findFirst();
            if (leaked.isPresent()) {
                return Verdict.failed(id, Reason.of("NoImplicitTlsFallback.failed.1",
                        ClientEvidence.plaintextLeak(leaked.get()), leaked.get().described()));
            }
            var spoke = its.stream().filter(AccessSessionFacts::spokePlaintext).findFirst();
            if (spoke.isPresent()) {
                return Verdict.failed(id, Reason.of("NoImplicitTlsFallback.failed.2",
                        String.join("/", spoke.get().verbsBeforeTls().stream().distinct().toList()), SessionEnding.of(spoke.get().ending())));
            }
            var hello = its.stream().filter(s -> s.firstContact() == FirstContact.TLS_CLIENT_HELLO).findFirst();
            if (hello.isPresent()) {
                return Verdict.passed(id, Reason.of("NoImplicitTlsFallback.passed.1", hello.get().clientHello()
                        .map(h -> Reason.of("NoImplicitTlsFallback.clientHello",
                                String.join(", ", h.offeredVersions().stream().map(ClientHelloOffer::versionName).toList()),
                                h.serverName().map(Reason::fact).orElse(Reason.of("NoImplicitTlsFallback.noSni"))))
                        .orElse(Reason.NONE)));
            }
            return Verdict.passed(id, Reason.of("NoImplicitTlsFallback.passed.2", SessionEnding.of(its.get(0).ending())));
        });
    }
}
