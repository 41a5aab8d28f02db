package org.mtainterop.policy;

import java.util.Optional;
import org.mtainterop.probe.StarttlsDialogueFacts;

/**
 * The shared "can this requirement be tested at all" logic for requirements that need TLS: when the
 * server offers no STARTTLS or the handshake fails, they are skipped with that reason, never passed or
 * failed (the defect itself is judged by STARTTLS-01 and STARTTLS-08).
 */
public final class TlsPreconditions {
    private TlsPreconditions() {
    }

    /** Empty when the main dialogue reached TLS; otherwise the verdict to give instead. */
    public static Optional<Verdict> unmet(String id, StarttlsDialogueFacts facts) {
        if (facts.tlsEstablished()) {
            return Optional.empty();
        }
        if (facts.problem().isPresent() && facts.ehloReply().isEmpty()) {
            return Optional.of(Verdict.broken(id, facts.problem().get().reason()));
        }
        if (!facts.capabilities().offersStarttls()) {
            return Optional.of(Verdict.skipped(id, "needs TLS, but the server does not offer STARTTLS"));
        }
        if (facts.starttlsReply().isPresent() && facts.starttlsReply().get().code() != 220) {
            return Optional.of(Verdict.skipped(id, "needs TLS, but STARTTLS was answered "
                    + facts.starttlsReply().get().brief()));
        }
        if (facts.handshake().isPresent()) {
            return Optional.of(Verdict.skipped(id, "needs TLS, but the handshake failed: "
                    + facts.handshake().get().failure()));
        }
        return Optional.of(Verdict.broken(id, facts.problem().map(p -> p.reason()).orElse("TLS was not reached")));
    }

    /** Like {@link #unmet} for requirements on the certificate: a chain seen in a failed handshake counts. */
    public static Optional<Verdict> noCertificate(String id, StarttlsDialogueFacts facts) {
        if (facts.certificate().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(unmet(id, facts).orElse(Verdict.broken(id, "the server presented no certificate")));
    }
}
