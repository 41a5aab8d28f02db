package org.mtainterop.dane;

import java.util.List;
import java.util.Objects;

/**
 * DANE-02 and DANE-04's facts for one mail domain: for every MX host, its TLSA RRset and the chains each of its
 * addresses (IPv4 and IPv6) presented for each key type, compared with the RRset. Observed once per domain.
 */
public record DaneChainFacts(String domain, List<MxDaneChains> hosts) {

    public DaneChainFacts {
        Objects.requireNonNull(domain, "domain");
        hosts = List.copyOf(hosts);
    }

    public List<MxDaneChains> daneHosts() {
        return hosts.stream().filter(MxDaneChains::daneApplies).toList();
    }

    /** The TLSA-vs-chain comparison of every chain, as text for the Allure evidence. */
    public String evidence() {
        StringBuilder text = new StringBuilder("DANE: TLSA records vs the chains presented, mail domain " + domain + "\n");
        for (MxDaneChains host : hosts) {
            text.append("\nMX ").append(host.host()).append(": TLSA ").append(host.tlsaStatus()).append(", ")
                    .append(host.tlsa().size()).append(" record(s)\n");
            host.tlsa().forEach(r -> text.append("  ").append(r.presentation()).append('\n'));
            for (PresentedChain chain : host.chains()) {
                text.append("\n").append(chain.where()).append(": ");
                if (chain.authentication().isPresent()) {
                    text.append('\n').append(chain.authentication().get().comparison());
                } else {
                    text.append(chain.problem()).append('\n');
                }
            }
            if (host.daneApplies()) {
                text.append("Rollover: ").append(host.rollover().readable()).append('\n');
            }
        }
        return text.toString();
    }
}
