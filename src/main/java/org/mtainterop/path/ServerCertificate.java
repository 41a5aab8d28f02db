package org.mtainterop.path;

import java.time.Instant;
import java.util.Optional;
import org.mtainterop.policy.Reason;
import org.mtainterop.cert.ChainValidator;
import org.mtainterop.cert.HostnameMatcher;
import org.mtainterop.cert.NameMatch;
import org.mtainterop.cert.PkixValidation;
import org.mtainterop.cert.TrustAnchors;
import org.mtainterop.tls.TlsHandshakeFacts;

/**
 * Whether a path session may send credentials over the TLS it has: the chain validates to the run's trust (the JDK's
 * and the operator's {@code trust_ca}) and names the service's host (RFC 6125), as a mail program configured for
 * "TLS, verify the certificate" requires. A password is never sent otherwise.
 */
final class ServerCertificate {
    private ServerCertificate() {
    }

    /** Empty when the handshake completed with a valid chain for {@code name}; otherwise why not. */
    static Optional<Reason> problem(TlsHandshakeFacts tls, String name, TrustAnchors trust) {
        if (!tls.completed()) {
            return Optional.of(Reason.of("PathSession.handshakeFailed", tls.failed()));
        }
        PkixValidation pkix = new ChainValidator().validate(tls.peerChain(), trust, Instant.now());
        if (!pkix.valid()) {
            return Optional.of(Reason.of("PathSession.certificateNotValid", pkix.described()));
        }
        NameMatch match = HostnameMatcher.match(tls.peerChain().get(0), name);
        if (!match.matched()) {
            return Optional.of(Reason.of("PathSession.certificateNotFor", name, String.valueOf(match.presentedNames())));
        }
        return Optional.empty();
    }

    static String describe(TlsHandshakeFacts tls) {
        return tls.protocol() + " " + tls.cipherSuite();
    }
}
