package org.mtainterop.observation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.mtainterop.dns.DomainDnsFacts;
import org.mtainterop.dns.DomainDnsProbe;
import org.mtainterop.probe.TlsDialogueProbe;
import org.mtainterop.probe.mtasts.DnsPolicyHostResolver;
import org.mtainterop.probe.mtasts.MtaStsFacts;
import org.mtainterop.probe.mtasts.MtaStsProbe;
import org.mtainterop.probe.mtasts.PolicyFetcher;
import org.mtainterop.report.evidence.DnsEvidence;
import org.mtainterop.report.evidence.MtaStsEvidence;

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

    /**
     * What the domain publishes for MTA-STS (RFC 8461) and TLS-RPT (RFC 8460): the {@code _mta-sts} and
     * {@code _smtp._tls} TXT answers, the policy fetched over HTTPS (as a sender would, only when a
     * {@code v=STSv1;} record exists), parsed, and each MX host's certificate over STARTTLS; on {@link #DNS_RECORDS}.
     */
    public static final DomainObservation<MtaStsFacts> MTA_STS = DomainObservation.of("mta-sts", c -> new MtaStsProbe(
            c.dns(), new PolicyFetcher(new DnsPolicyHostResolver(c.dns()), c.settings().trust(), c.settings().limits(),
            Clock.systemUTC(), 443), MtaStsProbe.MxCertificateSource.starttls(new TlsDialogueProbe(c.settings()), 25))
            .observe(c.domain(), Optional.of(c.await(DNS_RECORDS)), c.previousMtaSts()), MtaStsEvidence::of);

    private static final List<DomainObservation<?>> ALL = List.of(DNS_RECORDS, MTA_STS);

    private DomainObservations() {
    }

    /** Every domain observation, in a stable order. */
    public static List<DomainObservation<?>> all() {
        return ALL;
    }
}
