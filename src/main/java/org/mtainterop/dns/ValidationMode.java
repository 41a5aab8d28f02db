package org.mtainterop.dns;

/** Who decided an answer's {@link DnssecStatus}: the harness itself, or the resolver it asked. */
public enum ValidationMode {
    /**
     * The harness validated the answer itself from its own trust anchor (dnsjava's
     * {@code org.xbill.DNS.dnssec.ValidatingResolver}); the resolver only supplied the records and RRSIGs
     * (asked with DO and CD set, so a validating resolver does not hide bogus data behind SERVFAIL).
     */
    HARNESS,
    /**
     * The resolver's AD bit (RFC 4035 section 3.2.3, RFC 6840 section 5.7) was trusted: SECURE when the resolver set
     * AD, otherwise INSECURE; a resolver's SERVFAIL stays SERVFAIL (BOGUS cannot be told apart). The
     * report says so, since the path to that resolver is not protected.
     */
    RESOLVER_AD_BIT;

    /** How reports name the mode. */
    public String describe() {
        return this == HARNESS
                ? "validated by the harness from its trust anchor"
                : "resolver's AD bit trusted (not validated by the harness)";
    }
}
