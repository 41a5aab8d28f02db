package org.mtainterop.policy.checks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mtainterop.cert.StapledOcspResponse;
import org.mtainterop.cert.StapledOcspResponse.SignatureStatus;
import org.mtainterop.probe.SessionTicketFacts;

/**
 * CERT-05's judgement of the OCSP responses a server stapled in the complete handshakes that asked for one
 * (RFC 6066 §8; RFC 6960 §3.2 says what a client accepts): a defect, or a line saying what was stapled. The texts
 * are in this one place.
 *
 * @param defect whether a stapled response is one a client must reject
 * @param text   what was observed, with the source of the rule it breaks
 */
record StaplingVerdict(boolean defect, String text) {
    /** The clock difference tolerated on thisUpdate, as the JDK's OCSP checker does (15 minutes). */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(15);
    static final String NOT_TESTED = "OCSP stapling not tested (no complete handshake asked for it: ";
    static final String NONE = "no OCSP response stapled when asked (status_request, RFC 6066 §8) in ";

    static StaplingVerdict of(SessionTicketFacts sessions) {
        if (sessions.noTls().isPresent()) {
            return new StaplingVerdict(false, NOT_TESTED + sessions.noTls().get() + ")");
        }
        List<SessionTicketFacts.Handshake> completed = sessions.completed();
        if (completed.isEmpty()) {
            return new StaplingVerdict(false, NOT_TESTED + sessions.tls13().problem().orElse("?") + ")");
        }
        List<String> good = new ArrayList<>();
        List<String> bare = new ArrayList<>();
        for (SessionTicketFacts.Handshake h : completed) {
            if (h.staple().isEmpty()) {
                bare.add(h.version());
                continue;
            }
            Optional<String> defect = defect(h.staple().get());
            if (defect.isPresent()) {
                return new StaplingVerdict(true, h.version() + ": " + defect.get());
            }
            StapledOcspResponse r = h.staple().get();
            good.add(h.version() + ": a good OCSP response for the leaf stapled, signed by " + r.signature().detail()
                    + ", valid until " + r.forLeaf().flatMap(StapledOcspResponse.Single::nextUpdate).map(Object::toString)
                    .orElse("(no nextUpdate: the responder says newer status is always available, RFC 6960 §4.2.2.1)"));
        }
        if (!bare.isEmpty()) {
            good.add(NONE + String.join(" and ", bare) + " (not a defect: stapling is optional; a verifier then asks"
                    + " the responder or the CRL itself)");
        }
        return new StaplingVerdict(false, String.join("; ", good));
    }

    /** Why a client must reject this stapled response (RFC 6960 §3.2), if it must. */
    static Optional<String> defect(StapledOcspResponse r) {
        String head = "the stapled OCSP response ";
        if (r.unreadable().isPresent()) {
            return Optional.of(head + "is not a readable OCSPResponse (RFC 6960 §4.2.1): " + r.unreadable().get());
        }
        if (!r.responseStatus().equals("successful")) {
            return Optional.of(head + "has responseStatus " + r.responseStatus() + " and carries no certificate status"
                    + " (RFC 6960 §2.3); a server should staple only successful responses");
        }
        Optional<StapledOcspResponse.Single> leaf = r.forLeaf();
        if (leaf.isEmpty()) {
            return Optional.of(head + "is for another certificate (" + String.join("; ", r.responses().stream()
                    .map(s -> "serial " + s.serial().toString(16)).toList()) + "), not for the leaf the server presents"
                    + " (RFC 6960 §3.2 (1); RFC 6066 §8)");
        }
        if (r.signature().status() != SignatureStatus.BY_ISSUER
                && r.signature().status() != SignatureStatus.BY_DELEGATED_RESPONDER) {
            return Optional.of(head + "is not signed by the leaf's issuer or a responder it delegated (RFC 6960 §3.2 (2),"
                    + " (3), §4.2.2.2): " + r.signature().status().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' ') + ", " + r.signature().detail());
        }
        StapledOcspResponse.Single s = leaf.get();
        if (!s.certStatus().equals("good")) {
            return Optional.of(head + "says the leaf is " + s.certStatus() + s.revokedAt().map(t -> " (since " + t + ")")
                    .orElse("") + " (RFC 6960 §2.2): clients that check it refuse the certificate");
        }
        if (s.thisUpdate().isAfter(r.observedAt().plus(CLOCK_SKEW))) {
            return Optional.of(head + "is not yet valid: thisUpdate " + s.thisUpdate() + ", received " + r.observedAt()
                    + " (RFC 6960 §3.2 (4))");
        }
        if (s.nextUpdate().isPresent() && !s.nextUpdate().get().isAfter(r.observedAt())) {
            return Optional.of(head + "has expired: nextUpdate " + s.nextUpdate().get() + ", received " + r.observedAt()
                    + " (RFC 6960 §3.2 (5), §4.2.2.1): the server keeps stapling a stale response; refresh it before"
                    + " nextUpdate");
        }
        return Optional.empty();
    }
}
