package org.mtainterop.policy.access;

import java.util.Optional;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.access.AccessDialogueFacts;

/**
 * "Can this be tested at all" for user-access requirements, as {@code TlsPreconditions} is for port 25:
 * a service that could not be talked to is broken; one without TLS (not advertised, refused, failed
 * handshake) skips what needs TLS — the defect itself is judged by ACCESS-01 and STARTTLS-08.
 */
public final class AccessPreconditions {
    private AccessPreconditions() {
    }

    /** Empty when the service was greeted in plaintext (STARTTLS services); otherwise why not, as a verdict. */
    public static Optional<Verdict> notGreeted(String id, AccessDialogueFacts d) {
        if (d.greetedInPlaintext()) {
            return Optional.empty();
        }
        return Optional.of(Verdict.broken(id, d.problem().map(p -> p.reason()).orElse("no greeting")));
    }

    /** Empty when the dialogue reached TLS; otherwise the verdict to give instead. */
    public static Optional<Verdict> noTls(String id, AccessDialogueFacts d) {
        if (d.tlsEstablished()) {
            return Optional.empty();
        }
        if (d.service().implicitTls()) {
            return Optional.of(d.handshake().map(h -> Verdict.skipped(id, "needs TLS, but the handshake on this "
                    + "implicit-TLS port failed: " + h.failure()))
                    .orElse(Verdict.broken(id, d.problem().map(p -> p.reason()).orElse("TLS was not reached"))));
        }
        if (!d.greetedInPlaintext() || !d.beforeTls().answered() && d.problem().isPresent()) {
            return Optional.of(Verdict.broken(id, d.problem().map(p -> p.reason()).orElse("no greeting")));
        }
        if (!d.beforeTls().tlsCommand()) {
            return Optional.of(Verdict.skipped(id, "needs TLS, but the server does not advertise "
                    + d.beforeTls().tlsCommandName()));
        }
        if (d.tlsCommandAnswer().isPresent() && !d.tlsCommandAnswer().get().accepted()) {
            return Optional.of(Verdict.skipped(id, "needs TLS, but " + d.beforeTls().tlsCommandName()
                    + " was answered " + d.tlsCommandAnswer().get().brief()));
        }
        if (d.handshake().isPresent()) {
            return Optional.of(Verdict.skipped(id, "needs TLS, but the handshake failed: " + d.handshake().get().failure()));
        }
        return Optional.of(Verdict.broken(id, d.problem().map(p -> p.reason()).orElse("TLS was not reached")));
    }

    /** Like {@link #noTls} for requirements on the certificate: a chain seen in a failed handshake counts. */
    public static Optional<Verdict> noCertificate(String id, AccessDialogueFacts d) {
        if (d.certificate().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(noTls(id, d).orElse(Verdict.broken(id, "the server presented no certificate")));
    }

    /** The verdict for requirements on the plaintext phase, which an implicit-TLS port does not have. */
    public static Optional<Verdict> implicitTls(String id, AccessDialogueFacts d) {
        return d.service().implicitTls()
                ? Optional.of(Verdict.skipped(id, "implicit TLS (" + d.service().label() + "): nothing is exchanged before TLS"))
                : Optional.empty();
    }
}
