package org.mtainterop.dns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * Observes what DNS says about one mail domain for DANE (RFC 7672 section 2.2): the MX RRset; for each MX host,
 * best preference first, its A and AAAA RRsets and its TLSA RRset at {@code _25._tcp.<host>}; every answer with
 * its DNSSEC status. A domain without MX records stands for itself (implicit MX, RFC 5321 section 5.1); a null
 * MX (RFC 7505) or a failed MX lookup gives no hosts. The probe asks everything and judges nothing: whether a
 * TLSA RRset counts (only under a secure MX and secure addresses) is the checks' business.
 */
public final class DomainDnsProbe {
    /** At most this many MX hosts are looked up (more is a misconfiguration or an attack). */
    public static final int MAX_MX_HOSTS = 16;

    private final DnsLookup dns;

    public DomainDnsProbe(DnsLookup dns) {
        this.dns = dns;
    }

    /** The DNS facts of {@code domain} (with or without the trailing dot). Never throws for DNS trouble. */
    public DomainDnsFacts observe(String domain) {
        String bare = domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
        DnsAnswer mx = dns.lookup(bare, Type.MX);
        List<MxHostDns> hosts = new ArrayList<>();
        if (mx.status().isDetermined()) {
            List<MXRecord> records = new ArrayList<>(mx.recordsOf(MXRecord.class));
            records.sort(Comparator.comparingInt(MXRecord::getPriority).thenComparing(r -> r.getTarget().toString()));
            boolean nullMx = records.size() == 1 && records.get(0).getTarget().equals(Name.root);
            if (records.isEmpty()) {
                hosts.add(host(bare + ".", 0));
            } else if (!nullMx) {
                for (MXRecord record : records.subList(0, Math.min(records.size(), MAX_MX_HOSTS))) {
                    if (hosts.stream().noneMatch(h -> h.host().equals(record.getTarget().toString()))) {
                        hosts.add(host(record.getTarget().toString(), record.getPriority()));
                    }
                }
            }
        }
        return new DomainDnsFacts(bare, mx, hosts);
    }

    private MxHostDns host(String host, int preference) {
        return new MxHostDns(host, preference, dns.lookup(host, Type.A), dns.lookup(host, Type.AAAA),
                dns.lookup(MxHostDns.tlsaName(host), Type.TLSA));
    }
}
