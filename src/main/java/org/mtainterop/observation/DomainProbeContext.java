package org.mtainterop.observation;

import java.util.Objects;
import org.mtainterop.dns.DnsLookup;
import org.mtainterop.probe.ProbeSettings;

/**
 * What a domain-level measurement knows: the mail domain, how to ask DNS (with the run's validation mode), how
 * the harness behaves as a client when a measurement connects to the domain's MX hosts (a TLSA-vs-chain
 * comparison), and the other observations of the same domain (each measured once, shared).
 */
public final class DomainProbeContext {
    private final String domain;
    private final DnsLookup dns;
    private final ProbeSettings settings;
    private final DomainFacts store;
    private final java.util.Optional<org.mtainterop.probe.mtasts.MtaStsState> previousMtaSts;

    DomainProbeContext(String domain, DnsLookup dns, ProbeSettings settings, DomainFacts store,
                       java.util.Optional<org.mtainterop.probe.mtasts.MtaStsState> previousMtaSts) {
        this.previousMtaSts = Objects.requireNonNull(previousMtaSts, "previousMtaSts");
        this.domain = Objects.requireNonNull(domain, "domain");
        this.dns = Objects.requireNonNull(dns, "dns");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.store = store;
    }

    /** The mail domain, without the trailing dot. */
    public String domain() {
        return domain;
    }

    /** What an earlier run saw of the domain's MTA-STS record and policy ({@code --mta-sts-state}), if given. */
    public java.util.Optional<org.mtainterop.probe.mtasts.MtaStsState> previousMtaSts() {
        return previousMtaSts;
    }

    public DnsLookup dns() {
        return dns;
    }

    public ProbeSettings settings() {
        return settings;
    }

    /**
     * The result of another observation of this domain, measured now if nobody has yet: a measurement that
     * builds on the DNS answers ({@code DomainObservations.DNS_RECORDS}) asks for them here, never again of DNS.
     */
    public <T> T await(DomainObservation<T> other) {
        return store.await(other);
    }
}
