package org.mtainterop.policy.clients;

import java.util.List;
import org.mtainterop.adversary.access.AccessServerProfile;
import org.mtainterop.adversary.access.AccessSessionFacts;
import org.mtainterop.adversary.access.SessionEnd;
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
                return Verdict.broken(id, "the client never issued STARTTLS, so no response could be injected ("
                        + ClientEvidence.sessions(its) + ")");
            }
            var acted = upgraded.stream().filter(AccessSessionFacts::actedOnInjectedResponses).findFirst();
            if (acted.isPresent()) {
                AccessSessionFacts s = acted.get();
                return Verdict.failed(id, "the client acted on the injected responses: " + (s.bytesAheadAfterInjection() > 0
                        ? s.bytesAheadAfterInjection() + " bytes of its next command arrived before the real answer to its"
                                + " first command inside TLS" : "")
                        + s.injectedCapabilityUsed().map(c -> (s.bytesAheadAfterInjection() > 0 ? "; " : "") + "it used "
                                + c + ", which only the injected lines announced").orElse("") + " (" + s.summary() + ")");
            }
            var inside = upgraded.stream().filter(AccessSessionFacts::tlsEstablished).findFirst();
            if (inside.isPresent()) {
                return Verdict.passed(id, "the injected lines were ignored: inside TLS the client waited for each answer"
                        + " and used nothing they announced (" + inside.get().tls().orElseThrow().protocol() + ")");
            }
            var fed = upgraded.stream().filter(AccessSessionFacts::injectedBytesFedToTls).findFirst();
            if (fed.isPresent()) {
                return Verdict.passed(id, "the client handed the injected bytes to its TLS layer and the handshake failed"
                        + " (" + fed.get().tlsFailure().orElse("") + "): none of them was taken as an answer");
            }
            var silent = upgraded.stream().filter(s -> s.end() == SessionEnd.NOTHING_AFTER_STARTTLS).findFirst();
            if (silent.isPresent()) {
                return Verdict.passed(id, "the client sent nothing after the segment carrying the STARTTLS answer and the"
                        + " forged lines: it neither started TLS over the tainted stream nor took the forged lines as"
                        + " answers (" + silent.get().ending() + ")");
            }
            return Verdict.broken(id, "no TLS session followed the STARTTLS answer ("
                    + upgraded.get(0).clientHelloProblem().or(() -> upgraded.get(0).tlsFailure())
                            .orElse(upgraded.get(0).ending()) + ")");
        });
    }
}
