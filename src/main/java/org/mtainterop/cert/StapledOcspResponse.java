package org.mtainterop.cert;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

/**
 * An OCSP response a server stapled for its leaf (RFC 6066 §8, RFC 8446 §4.4.2.1), as read (RFC 6960 §4.2.1):
 * facts only, judged by CERT-05. Read by {@link OcspResponseReader} against the chain the same handshake presented.
 *
 * @param unreadable     why the bytes are not an OCSPResponse, empty when they are
 * @param responseStatus the OCSPResponseStatus by name ({@code successful}, {@code tryLater}, ...)
 * @param responder      the ResponderID as written: {@code byName CN=...} or {@code byKey <hex>}
 * @param producedAt     producedAt, when the response is successful
 * @param responses      the SingleResponses, each compared with the leaf
 * @param signature      who signed the response and whether the signature verifies
 * @param observedAt     when the response was received: the instant its validity is judged at
 */
public record StapledOcspResponse(Optional<String> unreadable, String responseStatus, String responder,
                                  Optional<Instant> producedAt, List<Single> responses, Signature signature,
                                  Instant observedAt) {
    public StapledOcspResponse {
        responses = List.copyOf(responses);
    }

    static StapledOcspResponse unreadable(String why, Instant observedAt) {
        return new StapledOcspResponse(Optional.of(why), "(unreadable)", "(unknown)", Optional.empty(), List.of(),
                new Signature(SignatureStatus.NOT_VERIFIED, Reason.of("Ocsp.unreadable")), observedAt);
    }

    /**
     * One SingleResponse (RFC 6960 §4.2.1).
     *
     * @param serial     the CertID's serialNumber
     * @param forLeaf    whether the CertID names the presented leaf: its serial, and, when the issuer was presented,
     *                   the issuer's name and key hashes
     * @param certStatus {@code good}, {@code revoked} or {@code unknown}
     * @param revokedAt  the revocationTime of a revoked status
     * @param nextUpdate absent when the responder gave none
     */
    public record Single(BigInteger serial, boolean forLeaf, String certStatus, Optional<Instant> revokedAt,
                         Instant thisUpdate, Optional<Instant> nextUpdate) {
        String readable() {
            return "serial " + serial.toString(16) + (forLeaf ? " (the leaf)" : " (not the leaf)") + ": " + certStatus
                    + revokedAt.map(t -> " at " + t).orElse("") + ", thisUpdate " + thisUpdate + ", nextUpdate "
                    + nextUpdate.map(Instant::toString).orElse("(none)");
        }
    }

    /** Who signed the response, as RFC 6960 §4.2.2.2 authorises: the leaf's issuer or a responder it delegated. */
    public enum SignatureStatus {
        /** Verified with the key of the leaf's issuer (the certificate after the leaf in the chain). */
        BY_ISSUER,
        /** Verified with the key of a certificate in the response that the issuer signed, with id-kp-OCSPSigning. */
        BY_DELEGATED_RESPONDER,
        /** The signature verifies with a key the leaf's issuer did not authorise (or no key the response names). */
        UNAUTHORISED_SIGNER,
        /** The signature does not verify with the key that should have made it. */
        INVALID,
        /** Not verified: no issuer certificate presented, or an algorithm not read here. */
        NOT_VERIFIED
    }

    /** The signature check's outcome and what it was checked with (a message key and its facts: names, OIDs, times). */
    public record Signature(SignatureStatus status, Reason said) {
        /** With a detail given as a fact. */
        public Signature(SignatureStatus status, String detail) {
            this(status, Reason.fact(detail));
        }

        /** {@link #said()} in English, as the evidence line keeps it. */
        public String detail() {
            return said.render(ReportLanguage.EN);
        }
    }

    /** The SingleResponse for the leaf, if the response has one. */
    public Optional<Single> forLeaf() {
        return responses.stream().filter(Single::forLeaf).findFirst();
    }

    /** The evidence line. */
    public String readable() {
        if (unreadable.isPresent()) {
            return "unreadable OCSP response: " + unreadable.get();
        }
        return "OCSP response " + responseStatus + ", responder " + responder + producedAt.map(t -> ", produced " + t)
                .orElse("") + "; " + (responses.isEmpty() ? "no SingleResponse" : responses.stream()
                .map(Single::readable).collect(Collectors.joining("; "))) + "; signature " + signature.status()
                .name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " (" + signature.detail() + ")"
                + "; received " + observedAt;
    }
}
