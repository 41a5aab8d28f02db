package org.mtainterop.cert;

import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.PKIXReason;
import java.security.cert.X509Certificate;
import java.util.List;
import org.mtainterop.policy.Reason;

/** Turns a CertPathValidatorException into one sentence an operator understands, as a message key and its facts. */
final class PkixFailureDescription {
    private PkixFailureDescription() {
    }

    static Reason of(CertPathValidatorException failure, List<X509Certificate> path, TrustAnchors anchors) {
        X509Certificate at = certificateAt(failure, path);
        String who = CertificateNames.subject(at);
        Reason detail = failure.getMessage() == null ? Reason.NONE : Reason.of("Pkix.detail", failure.getMessage());
        if (failure.getReason() instanceof BasicReason basic) {
            return switch (basic) {
                case EXPIRED -> Reason.of("Pkix.expired", at.getNotAfter().toInstant(), who);
                case NOT_YET_VALID -> Reason.of("Pkix.notYetValid", at.getNotBefore().toInstant(), who);
                case INVALID_SIGNATURE -> Reason.of("Pkix.invalidSignature", who, detail);
                case ALGORITHM_CONSTRAINED -> Reason.of("Pkix.algorithmConstrained", who, detail);
                case REVOKED -> Reason.of("Pkix.revoked", who);
                case UNDETERMINED_REVOCATION_STATUS -> Reason.of("Pkix.revocationUndetermined", who);
                case UNSPECIFIED -> Reason.of("Pkix.unspecified", detail);
            };
        }
        if (failure.getReason() instanceof PKIXReason pkix) {
            return switch (pkix) {
                case NO_TRUST_ANCHOR -> noTrustAnchor(path.get(path.size() - 1), anchors);
                case NAME_CHAINING -> Reason.of("Pkix.nameChaining", who, detail);
                case NOT_CA_CERT -> Reason.of("Pkix.notCaCert", who);
                case PATH_TOO_LONG -> Reason.of("Pkix.pathTooLong", who);
                case INVALID_KEY_USAGE -> Reason.of("Pkix.invalidKeyUsage", who, detail);
                case INVALID_POLICY -> Reason.of("Pkix.invalidPolicy", who);
                case INVALID_NAME -> Reason.of("Pkix.invalidName", who);
                case UNRECOGNIZED_CRIT_EXT -> Reason.of("Pkix.unrecognizedCriticalExtension", who, detail);
            };
        }
        return Reason.of("Pkix.invalid", detail);
    }

    /** What the last certificate sent was, and why nothing trusted is above it. */
    private static Reason noTrustAnchor(X509Certificate last, TrustAnchors anchors) {
        String subject = CertificateNames.subject(last);
        if (last.getSubjectX500Principal().equals(last.getIssuerX500Principal())) {
            return Reason.of("Pkix.selfSignedNotTrusted", subject, anchors.describe());
        }
        return Reason.of("Pkix.noTrustAnchor", subject, CertificateNames.issuer(last));
    }

    private static X509Certificate certificateAt(CertPathValidatorException failure, List<X509Certificate> path) {
        int index = failure.getIndex();
        return index >= 0 && index < path.size() ? path.get(index) : path.get(0);
    }
}
