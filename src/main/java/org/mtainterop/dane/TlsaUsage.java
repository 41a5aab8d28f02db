package org.mtainterop.dane;

import java.util.Optional;

/**
 * The TLSA certificate usage field (RFC 6698 §2.1.1, acronyms of RFC 7218). For SMTP only DANE-TA(2) and
 * DANE-EE(3) are usable: RFC 7672 §3.1.3 has SMTP clients treat PKIX-TA(0) and PKIX-EE(1) as unusable, since no
 * set of CAs is agreed on for MTA-to-MTA mail.
 */
public enum TlsaUsage {
    PKIX_TA(0, "PKIX-TA"),
    PKIX_EE(1, "PKIX-EE"),
    DANE_TA(2, "DANE-TA"),
    DANE_EE(3, "DANE-EE");

    private final int code;
    private final String acronym;

    TlsaUsage(int code, String acronym) {
        this.code = code;
        this.acronym = acronym;
    }

    public int code() {
        return code;
    }

    /** RFC 7218 acronym with the code, e.g. "DANE-EE(3)". */
    public String label() {
        return acronym + "(" + code + ")";
    }

    /** Whether an SMTP client may use a record of this usage (RFC 7672 §3.1.3). */
    public boolean usableForSmtp() {
        return this == DANE_TA || this == DANE_EE;
    }

    public static Optional<TlsaUsage> of(int code) {
        for (TlsaUsage usage : values()) {
            if (usage.code == code) {
                return Optional.of(usage);
            }
        }
        return Optional.empty();
    }
}
