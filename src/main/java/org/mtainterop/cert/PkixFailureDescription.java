package org.mtainterop.cert;

import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.PKIXReason;
import java.security.cert.X509Certificate;
import java.util.List;

/** Turns a CertPathValidatorException into one sentence an operator understands. */
final class PkixFailureDescription {
    private PkixFailureDescription() {
    }

    static String of(CertPathValidatorException failure, List<X509Certificate> path, TrustAnchors anchors) {
        X509Certificate at = certificateAt(failure, path);
        String who = " (" + CertificateNames.subject(at) + ")";
        String detail = failure.getMessage() == null ? "" : ": " + failure.getMessage();
        if (failure.getReason() instanceof BasicReason basic) {
            return switch (basic) {
                case EXPIRED -> "certificate expired on " + at.getNotAfter().toInstant() + who;
                case NOT_YET_VALID -> "certificate not yet valid until " + at.getNotBefore().toInstant() + who;
                case INVALID_SIGNATURE -> "chain incomplete or signature invalid: the signature on "
                        + CertificateNames.subject(at) + " does not verify" + detail;
                case ALGORITHM_CONSTRAINED -> "algorithm or key size refused by the JDK's certpath policy"
                        + who + detail;
                case REVOKED -> "certificate revoked" + who;
                case UNDETERMINED_REVOCATION_STATUS -> "revocation status undetermined" + who;
                case UNSPECIFIED -> "chain incomplete or signature invalid" + detail;
            };
        }
        if (failure.getReason() instanceof PKIXReason pkix) {
            return switch (pkix) {
                case NO_TRUST_ANCHOR -> noTrustAnchor(path.get(path.size() - 1), anchors);
                case NAME_CHAINING -> "chain incomplete or out of order: the issuer of "
                        + CertificateNames.subject(at) + " is not the next certificate sent" + detail;
                case NOT_CA_CERT -> "a certificate used as a CA is not a CA certificate" + who;
                case PATH_TOO_LONG -> "chain longer than a CA's pathLenConstraint allows" + who;
                case INVALID_KEY_USAGE -> "key usage does not allow this use" + who + detail;
                case INVALID_POLICY -> "certificate policy constraints not satisfied" + who;
                case INVALID_NAME -> "name constraints violated" + who;
                case UNRECOGNIZED_CRIT_EXT -> "unrecognized critical extension" + who + detail;
            };
        }
        return "chain invalid" + detail;
    }

    /** What the last certificate sent was, and why nothing trusted is above it. */
    private static String noTrustAnchor(X509Certificate last, TrustAnchors anchors) {
        String subject = CertificateNames.subject(last);
        if (last.getSubjectX500Principal().equals(last.getIssuerX500Principal())) {
            return "no trust anchor: chain ends at self-signed " + subject + " which is not trusted"
                    + " (trusted: " + anchors.describe() + ")";
        }
        return "no trust anchor: chain ends at " + subject + ", issued by " + CertificateNames.issuer(last)
                + ", which was not sent and is not trusted (missing intermediate or untrusted CA)";
    }

    private static X509Certificate certificateAt(CertPathValidatorException failure, List<X509Certificate> path) {
        int index = failure.getIndex();
        return index >= 0 && index < path.size() ? path.get(index) : path.get(0);
    }
}
