package org.mtainterop.policy.clients;

import java.util.List;
import org.mtainterop.adversary.SessionEnding;
import org.mtainterop.adversary.access.AccessServerProfile;
import org.mtainterop.adversary.access.AccessSessionFacts;
import org.mtainterop.adversary.access.SessionEnd;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;

/**
 * CLIENT-03: lines injected in the STARTTLS answer's segment are not taken as answers inside TLS (RFC 3207 §4.2,
 * RFC 2595 §3.1; "NO STARTTLS" §5.2). A client that took a forged line as the answer to its first command inside
 * TLS runs ahead: its next command arrives before the real answer was sent. Handing the injected bytes to TLS,
 * which then fails, is safe: nothing of them was trusted.
 */
public final class InjectedResponsesIgnoredCheck implements ClientCheck {
    @Override
    public ClientRequirement requirement() {
        return ClientRequirement.CLIENT_03;
    }

    @Override
    public Verdict judge(AccessServerProfile profile, List<AccessSessionFacts> sessions) {
        String id = requirement().id();
        return ClientEvidence.orElse(requirement(), profile, sessions, its -> {
            var upgraded = its.stream().filter(AccessSessionFacts::starttlsSent).toList();
            if (upgraded.isEmpty()) {
                return Verdict.broken(id, Reason.of("InjectedResponsesIgnored.broken.1", ClientEvidence.sessions(its)));
            }
            var acted = upgraded.stream().filter(AccessSessionFacts::actedOnInjectedResponses).findFirst();
            if (acted.isPresent()) {
                AccessSessionFacts s = acted.get();
                return Verdict.failed(id, Reason.of("InjectedResponsesIgnored.failed.1",
                        s.bytesAheadAfterInjection() > 0
                                ? Reason.of("InjectedResponsesIgnored.bytesAhead",
                                        s.bytesAheadAfterInjection()) : Reason.NONE,
                        s.injectedCapabilityUsed().map(c -> Reason.of(s.bytesAheadAfterInjection() > 0
                                ? "InjectedResponsesIgnored.alsoUsedInjected" : "InjectedResponsesIgnored.usedInjected", c))
                                .orElse(Reason.NONE), s.described()));
            }
            var inside = upgraded.stream().filter(AccessSessionFacts::tlsEstablished).findFirst();
            if (inside.isPresent()) {
                return Verdict.passed(id, Reason.of("InjectedResponsesIgnored.passed.1",
                        inside.get().tls().orElseThrow().protocol()));
            }
            var fed = upgraded.stream().filter(AccessSessionFacts::injectedBytesFedToTls).findFirst();
            if (fed.isPresent()) {
                return Verdict.passed(id, Reason.of("InjectedResponsesIgnored.passed.2", fed.get().tlsFailureSaid().orElse(Reason.NONE)));
            }
            var silent = upgraded.stream().filter(s -> s.end() == SessionEnd.NOTHING_AFTER_STARTTLS).findFirst();
            if (silent.isPresent()) {
                return Verdict.passed(id, Reason.of("InjectedResponsesIgnored.passed.3", SessionEnding.of(silent.get().ending())));
            }
            return Verdict.broken(id, Reason.of("InjectedResponsesIgnored.broken.2",
                    upgraded.get(0).clientHelloProblem()
                            .or(() -> upgraded.get(0).tlsFailureSaid()).orElse(SessionEnding.of(upgraded.get(0).ending()))));
        });
    }
}
