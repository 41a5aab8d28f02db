package org.mtainterop.observation;

import java.util.List;
import org.mtainterop.dns.DomainDnsFacts;
import org.mtainterop.dns.DomainDnsProbe;
import org.mtainterop.report.evidence.DnsEvidence;

/**
 * Every measurement the harness makes of a mail domain, each defined once (the domain-level counterpart of
 * {@link Observations}). A new one is a constant here and an entry in {@link #all()}; a check names it in its
 * {@code needs()}, and the domain's fact store runs it at most once.
 */
public final class DomainObservations {
    /**
     * The domain's MX RRset, each MX host's A and AAAA RRsets and its TLSA RRset at {@code _25._tcp.<host>}, each
     * with its DNSSEC status (RFC 7672 section 2.2), as {@code DomainDnsProbe} asks them.
     */
    public static final DomainObservation<DomainDnsFacts> DNS_RECORDS = DomainObservation.of("dns-records",
            c -> new DomainDnsProbe(c.dns()).observe(c.domain()), DnsEvidence::of);

    private static final List<DomainObservation<?>> ALL = List.of(DNS_RECORDS);

    private DomainObservations() {
    }

    /** Every domain observation, in a stable order. */
    public static List<DomainObservation<?>> all() {
        return ALL;
    }
}
