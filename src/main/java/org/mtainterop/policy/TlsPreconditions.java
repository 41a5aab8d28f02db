package org.mtainterop.policy;

import java.util.Optional;
import org.mtainterop.probe.TlsDialogueFacts;

/**
 * "Can this requirement be tested at all", from the modern dialogue, on any service: a service that could not be
 * talked to is broken; one without TLS (STARTTLS / STLS not advertised or refused, a failed handshake) skips what
 * needs TLS, never passes or fails it (the defect itself is judged by STARTTLS-01, ACCESS-01 and STARTTLS-08).
 */
public final class TlsPreconditions {
    private TlsPreconditions() {
    }

    /** Empty when the service was greeted in plaintext (STARTTLS services); otherwise why not, as a verdict. */
    public static Optional<Verdict> notGreeted(String id, TlsDialogueFacts d) {
        if (d.greetedInPlaintext()) {
            return Optional.empty();
        }
        return Optional.of(Verdict.broken(id, d.problem().map(p -> p.said()).orElse(Reason.of("TlsPreconditions.noGreeting"))));
    }

    /**
     * Empty when the plaintext part went far enough to say whether the TLS command is advertised: greeted, and
     * the capabilities answered (or refused, without a problem); otherwise the broken verdict.
     */
    public static Optional<Verdict> notAsked(String id, TlsDialogueFacts d) {
        if (!d.greetedInPlaintext() || !d.beforeTls().answered() && d.problem().isPresent()) {
            return Optional.of(Verdict.broken(id, d.problem().map(p -> p.said()).orElse(Reason.of("TlsPreconditions.noGreeting"))));
        }
        return Optional.empty();
    }

    /** Empty when the dialogue reached TLS; otherwise the verdict to give instead. */
    public static Optional<Verdict> unmet(String id, TlsDialogueFacts d) {
        if (d.tlsEstablished()) {
            return Optional.empty();
        }
        if (d.service().implicitTls()) {
            return Optional.of(d.handshake().map(h -> Verdict.skipped(id, Reason.of("TlsPreconditions.skipped.1",
                    h.failed())))
                    .orElse(Verdict.broken(id, d.problem().map(p -> p.said()).orElse(Reason.of("TlsPreconditions.tlsWasNotReached")))));
        }
        Optional<Verdict> notAsked = notAsked(id, d);
        if (notAsked.isPresent()) {
            return notAsked;
        }
        if (!d.beforeTls().tlsCommand()) {
            return Optional.of(Verdict.skipped(id, Reason.of("TlsPreconditions.skipped.2", d.tlsCommandName())));
        }
        if (d.tlsCommandAnswer().isPresent() && !d.tlsCommandAnswer().get().accepted()) {
            return Optional.of(Verdict.skipped(id, Reason.of("TlsPreconditions.skipped.3",
                    d.tlsCommandName(), d.tlsCommandAnswer().get().brief())));
        }
        if (d.handshake().isPresent()) {
            return Optional.of(Verdict.skipped(id, Reason.of("TlsPreconditions.skipped.4", d.handshake().get().failed())));
        }
        return Optional.of(Verdict.broken(id, d.problem().map(p -> p.said()).orElse(Reason.of("TlsPreconditions.tlsWasNotReached"))));
    }

    /** Like {@link #unmet} for requirements on the certificate: a chain seen in a failed handshake counts. */
    public static Optional<Verdict> noCertificate(String id, TlsDialogueFacts d) {
        if (d.certificate().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(unmet(id, d).orElse(Verdict.broken(id, Reason.of("TlsPreconditions.broken.1"))));
    }

    /** The verdict for requirements on the plaintext phase, which an implicit-TLS port does not have. */
    public static Optional<Verdict> implicitTls(String id, TlsDialogueFacts d) {
        return d.service().implicitTls()
                ? Optional.of(Verdict.skipped(id, Reason.of("TlsPreconditions.skipped.5", d.service().label())))
                : Optional.empty();
    }
}
