package org.mtainterop.cert;

import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXCertPathValidatorResult;
import java.security.cert.PKIXParameters;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.mtainterop.policy.Reason;

/**
 * PKIX path validation (RFC 5280 §6) of a chain exactly as a server sent it, with the JDK's
 * CertPathValidator. Revocation is not checked. Says what is wrong; does not judge whether it matters.
 */
public final class ChainValidator {

    public PkixValidation validate(List<X509Certificate> chainAsSent, TrustAnchors anchors, Instant at) {
        if (chainAsSent.isEmpty()) {
            return PkixValidation.invalid(Reason.of("Pkix.noCertificate"));
        }
        if (anchors.isEmpty()) {
            return PkixValidation.invalid(Reason.of("Pkix.noAnchors"));
        }
        List<X509Certificate> path = withoutTrailingAnchors(chainAsSent, anchors);
        if (path.isEmpty()) {
            // The server sent only trust anchors: the leaf itself is trusted directly.
            return PkixValidation.validTo(CertificateNames.subject(chainAsSent.get(0)));
        }
        try {
            CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
            PKIXParameters parameters = new PKIXParameters(anchors.anchors());
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            PKIXCertPathValidatorResult result =
                    (PKIXCertPathValidatorResult) CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
            return PkixValidation.validTo(result.getTrustAnchor().getTrustedCert() == null
                    ? result.getTrustAnchor().getCAName()
                    : CertificateNames.subject(result.getTrustAnchor().getTrustedCert()));
        } catch (CertPathValidatorException e) {
            return PkixValidation.invalid(PkixFailureDescription.of(e, path, anchors));
        } catch (GeneralSecurityException e) {
            return PkixValidation.invalid(Reason.of("Pkix.notRun", String.valueOf(e.getMessage())));
        }
    }

    /**
     * Servers may send the root too (RFC 8446 §4.4.2 allows it); a PKIX path ends below the anchor, so trust
     * anchors at the end of the chain are dropped before validation.
     */
    private static List<X509Certificate> withoutTrailingAnchors(List<X509Certificate> chain, TrustAnchors anchors) {
        List<X509Certificate> path = new ArrayList<>(chain);
        while (!path.isEmpty() && anchors.certificates().contains(path.get(path.size() - 1))) {
            path.remove(path.size() - 1);
        }
        return path;
    }
}
