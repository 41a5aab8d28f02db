package org.mtainterop.cert;

import java.util.Objects;

/**
 * The outcome of PKIX path validation (RFC 5280 §6) of a chain as sent: a fact, not a verdict.
 *
 * @param reason when invalid, a short sentence saying why; when valid, which trust anchor the chain reaches
 */
public record PkixValidation(boolean valid, String reason) {

    public PkixValidation {
        Objects.requireNonNull(reason, "reason");
    }

    public static PkixValidation validTo(String anchorSubject) {
        return new PkixValidation(true, "chains to trust anchor " + anchorSubject);
    }

    public static PkixValidation invalid(String reason) {
        return new PkixValidation(false, reason);
    }
}
