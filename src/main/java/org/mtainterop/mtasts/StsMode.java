package org.mtainterop.mtasts;

import java.util.Optional;

/** The {@code mode} of a policy (RFC 8461 §5): what a sender does when an MX fails validation. */
public enum StsMode {
    /** Do not deliver to an MX that fails validation (§5.1, §5.2). */
    ENFORCE("enforce"),
    /** Deliver anyway, and report the failure with TLS-RPT (§5). */
    TESTING("testing"),
    /** No active policy (§5, §8.3: how a domain withdraws one). */
    NONE("none");

    private final String keyword;

    StsMode(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }

    /** The mode named exactly {@code keyword} (case-sensitive, {@code %s} in the ABNF). */
    public static Optional<StsMode> of(String keyword) {
        for (StsMode mode : values()) {
            if (mode.keyword.equals(keyword)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
