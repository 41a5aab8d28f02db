package org.mtainterop.policy.checks;

import org.mtainterop.policy.Check;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.HandshakeVariant;
import org.mtainterop.probe.StarttlsHandshakeFacts;
import org.mtainterop.probe.TargetFacts;

/** TLS-VER-03: TLS 1.2 is supported (RFC 9325 §3.1.1: implementations MUST support TLS 1.2). */
public final class Tls12SupportedCheck implements Check {
    public static final String ID = "TLS-VER-03";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Verdict judge(TargetFacts facts) {
        StarttlsHandshakeFacts h = facts.handshake(HandshakeVariant.TLS12_ONLY);
        if (h.completed()) {
            return Verdict.passed(ID, facts.serviceOnPort() + " accepted a TLS 1.2-only hello: " + h.handshake().get().cipherSuite());
        }
        if (!h.starttlsOffered()) {
            return h.problem().map(p -> Verdict.broken(ID, p.reason()))
                    .orElse(Verdict.skipped(ID, "needs TLS, but the server does not offer STARTTLS"));
        }
        if (h.starttlsRefusal().isPresent()) {
            return Verdict.skipped(ID, "needs TLS, but " + h.starttlsRefusal().get());
        }
        if (h.handshake().isPresent()) {
            return Verdict.failed(ID, facts.serviceOnPort() + " refused a TLS 1.2-only hello: " + h.handshake().get().failure());
        }
        return Verdict.broken(ID, h.problem().map(p -> p.reason()).orElse("STARTTLS was not accepted"));
    }
}
