package org.mtainterop.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What DNS says about one mail domain, observed once by {@link DomainDnsProbe}: its MX answer and, for each
 * MX host (best preference first), the host's addresses and TLSA records.
 *
 * @param domain the mail domain, without the trailing dot
 * @param mx     the MX answer
 * @param hosts  the MX hosts, best preference first; the domain itself when it has no MX records
 *               (implicit MX, RFC 5321 section 5.1); empty when the MX lookup failed or the domain publishes a null MX (RFC 7505)
 */
public record DomainDnsFacts(String domain, DnsAnswer mx, List<MxHostDns> hosts) {

    public DomainDnsFacts {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(mx, "mx");
        hosts = List.copyOf(hosts);
    }

    /** Whether the hosts come from the domain's own address records because it publishes no MX. */
    public boolean implicitMx() {
        return !mx.exists() && hosts.size() == 1;
    }

    /** Every answer, MX first, then each host's A, AAAA and TLSA (for evidence). */
    public List<DnsAnswer> answers() {
        List<DnsAnswer> all = new ArrayList<>();
        all.add(mx);
        hosts.forEach(h -> all.addAll(h.answers()));
        return all;
    }

    /** The answers as text, as the Allure evidence shows them. */
    public String evidence() {
        StringBuilder text = new StringBuilder("DNS of mail domain " + domain + " (" + mx.mode().describe() + ")\n\n");
        for (DnsAnswer answer : answers()) {
            text.append(answer.evidence()).append('\n');
        }
        return text.toString();
    }
}
