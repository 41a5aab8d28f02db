package org.mtainterop.cert;

import java.util.Objects;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

/**
 * The outcome of PKIX path validation (RFC 5280 §6) of a chain as sent: a fact, not a verdict.
 *
 * @param described when invalid, why (which certificate, which date, which rule), as a message key and the facts it
 *                  names, so that a French report says « certificat expiré le … » with the same date; when valid,
 *                  which trust anchor the chain reaches
 */
public record PkixValidation(boolean valid, Reason described) {

    public PkixValidation {
        Objects.requireNonNull(described, "described");
    }

    /** A validation outcome told by a text of its own (a lower layer's words, shown as they are). */
    public PkixValidation(boolean valid, String reason) {
        this(valid, Reason.fact(reason));
    }

    public static PkixValidation validTo(String anchorSubject) {
        return new PkixValidation(true, Reason.of("Pkix.validTo", anchorSubject));
    }

    public static PkixValidation invalid(Reason reason) {
        return new PkixValidation(false, reason);
    }

    public static PkixValidation invalid(String reason) {
        return new PkixValidation(false, reason);
    }

    /** The short sentence saying why, in English (evidence, the MTA-STS texts). */
    public String reason() {
        return described.render(ReportLanguage.EN);
    }
}
