package org.mtainterop.policy.checks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mtainterop.cert.StapledOcspResponse;
import org.mtainterop.cert.StapledOcspResponse.SignatureStatus;
import org.mtainterop.policy.Reason;
import org.mtainterop.probe.SessionTicketFacts;

/**
 * CERT-05's judgement of the OCSP responses a server stapled in the complete handshakes that asked for one
 * (RFC 6066 §8; RFC 6960 §3.2 says what a client accepts): a defect, or what was stapled. Its texts are the
 * {@code Stapling.*} keys of messages/verdicts_*.properties.
 *
 * @param defect whether a stapled response is one a client must reject
 * @param reason what was observed, with the source of the rule it breaks
 */
record StaplingVerdict(boolean defect, Reason reason) {
    /** The clock difference tolerated on thisUpdate, as the JDK's OCSP checker does (15 minutes). */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(15);

    static StaplingVerdict of(SessionTicketFacts sessions) {
        if (sessions.noTls().isPresent()) {
            return new StaplingVerdict(false, Reason.of("Stapling.notTested", sessions.noTls().get()));
        }
        List<SessionTicketFacts.Handshake> completed = sessions.completed();
        if (completed.isEmpty()) {
            return new StaplingVerdict(false, Reason.of("Stapling.notTested",
                    sessions.tls13().problem().orElse(Reason.fact("?"))));
        }
        List<Reason> good = new ArrayList<>();
        List<String> bare = new ArrayList<>();
        for (SessionTicketFacts.Handshake h : completed) {
            if (h.staple().isEmpty()) {
                bare.add(h.version());
                continue;
            }
            StapledOcspResponse r = h.staple().get();
            Optional<Reason> defect = defect(r);
            if (defect.isPresent()) {
                return new StaplingVerdict(true, Reason.of("Stapling.inHandshake", h.version(), defect.get()));
            }
            Reason until = r.forLeaf().flatMap(StapledOcspResponse.Single::nextUpdate)
                    .<Reason>map(t -> Reason.fact(t.toString())).orElse(Reason.of("Stapling.noNextUpdate"));
            good.add(Reason.of("Stapling.good", h.version(), r.signature().detail(), until));
        }
        if (!bare.isEmpty()) {
            good.add(Reason.of("Stapling.none", Reason.and(bare)));
        }
        return new StaplingVerdict(false, Reason.join("; ", good));
    }

    private static Reason signature(SignatureStatus status) {
        return switch (status) {
            case BY_ISSUER -> Reason.of("Stapling.signature.byIssuer");
            case BY_DELEGATED_RESPONDER -> Reason.of("Stapling.signature.byDelegatedResponder");
            case UNAUTHORISED_SIGNER -> Reason.of("Stapling.signature.unauthorisedSigner");
            case INVALID -> Reason.of("Stapling.signature.invalid");
            case NOT_VERIFIED -> Reason.of("Stapling.signature.notVerified");
        };
    }

    /** Why a client must reject this stapled response (RFC 6960 §3.2), if it must. */
    static Optional<Reason> defect(StapledOcspResponse r) {
        if (r.unreadable().isPresent()) {
            return Optional.of(Reason.of("Stapling.unreadable", r.unreadable().get()));
        }
        if (!r.responseStatus().equals("successful")) {
            return Optional.of(Reason.of("Stapling.notSuccessful", r.responseStatus()));
        }
        Optional<StapledOcspResponse.Single> leaf = r.forLeaf();
        if (leaf.isEmpty()) {
            return Optional.of(Reason.of("Stapling.otherCertificate", String.join("; ", r.responses().stream()
                    .map(s -> "serial " + s.serial().toString(16)).toList())));
        }
        if (r.signature().status() != SignatureStatus.BY_ISSUER
                && r.signature().status() != SignatureStatus.BY_DELEGATED_RESPONDER) {
            return Optional.of(Reason.of("Stapling.signer", signature(r.signature().status()), r.signature().said()));
        }
        StapledOcspResponse.Single s = leaf.get();
        if (!s.certStatus().equals("good")) {
            return Optional.of(Reason.of("Stapling.status", s.certStatus(), s.revokedAt()
                    .<Reason>map(t -> Reason.of("Stapling.revokedSince", t.toString())).orElse(Reason.NONE)));
        }
        if (s.thisUpdate().isAfter(r.observedAt().plus(CLOCK_SKEW))) {
            return Optional.of(Reason.of("Stapling.notYetValid", s.thisUpdate().toString(), r.observedAt().toString()));
        }
        if (s.nextUpdate().isPresent() && !s.nextUpdate().get().isAfter(r.observedAt())) {
            return Optional.of(Reason.of("Stapling.expired", s.nextUpdate().get().toString(), r.observedAt().toString()));
        }
        return Optional.empty();
    }
}
