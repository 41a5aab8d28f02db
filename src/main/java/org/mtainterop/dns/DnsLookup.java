package org.mtainterop.dns;

/**
 * One DNS question answered with its DNSSEC status. Implementations never throw for network or protocol
 * trouble: a resolver that does not answer, a truncated, malformed or mismatched reply end as
 * {@link DnssecStatus#NO_ANSWER} with a reason, a resolver's SERVFAIL as {@link DnssecStatus#SERVFAIL}.
 * Every lookup is bounded by a per-query timeout and an overall deadline ({@link DnsResolverSettings}).
 * Implementations are thread-safe.
 */
public interface DnsLookup {
    /**
     * Looks up {@code name} (absolute or not; a trailing dot is added) for {@code type}
     * ({@link org.xbill.DNS.Type}, e.g. {@code Type.MX}, {@code Type.TLSA}).
     *
     * @throws IllegalArgumentException only if {@code name} is not a syntactically valid domain name
     */
    DnsAnswer lookup(String name, int type);

    /** The mode every answer of this lookup carries. */
    ValidationMode mode();
}
