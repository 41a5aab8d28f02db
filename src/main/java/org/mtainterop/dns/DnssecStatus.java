package org.mtainterop.dns;

/**
 * The DNSSEC outcome of one lookup. Four outcomes are distinct and never folded into each other: a
 * SERVFAIL is not "no records", a BOGUS answer is not "insecure". An empty answer (NXDOMAIN or NODATA) is
 * not an outcome of its own: it is an answer with no records whose status says whether the denial was
 * proven ({@link #SECURE}) or merely unsigned ({@link #INSECURE}).
 */
public enum DnssecStatus {
    /** The answer (or its denial of existence) validated from the trust anchor (RFC 4035 section 4.3 "Secure"). */
    SECURE,
    /** The answer is provably outside any signed zone: an unsigned delegation or no trust anchor above it ("Insecure"). */
    INSECURE,
    /** Signed data that fails validation: expired or not-yet-valid signatures, a broken signature, a missing DS ("Bogus"). */
    BOGUS,
    /** The resolver answered with rcode SERVFAIL (a validating resolver's answer for bogus data, or a broken zone). */
    SERVFAIL,
    /** Nothing usable: timeout, unreachable resolver, truncated reply without a usable retry, malformed reply, wrong ID. */
    NO_ANSWER;

    /** Whether the answer (records or their absence) can be relied on: {@link #SECURE} or {@link #INSECURE}. */
    public boolean isDetermined() {
        return this == SECURE || this == INSECURE;
    }

    /** The label in the report's language, as verdicts quote it: "insecure", « non sécurisé ». */
    public org.mtainterop.policy.Reason said() {
        return switch (this) {
            case SECURE -> org.mtainterop.policy.Reason.of("DnssecStatus.secure");
            case INSECURE -> org.mtainterop.policy.Reason.of("DnssecStatus.insecure");
            case BOGUS -> org.mtainterop.policy.Reason.of("DnssecStatus.bogus");
            case SERVFAIL -> org.mtainterop.policy.Reason.of("DnssecStatus.servfail");
            case NO_ANSWER -> org.mtainterop.policy.Reason.of("DnssecStatus.noAnswer");
        };
    }

    /** Lower-case name as reports print it ("secure", "servfail", "no answer"). */
    public String label() {
        return this == NO_ANSWER ? "no answer" : name().toLowerCase(java.util.Locale.ROOT);
    }
}
