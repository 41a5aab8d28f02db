package org.mtainterop.dns;

import java.util.List;
import java.util.Objects;
import org.xbill.DNS.TLSARecord;

/**
 * What DNS says about one MX host of a domain: its addresses and its TLSA records, each with its DNSSEC status.
 *
 * @param host       the MX host name, absolute (trailing dot)
 * @param preference the MX preference (0 for the implicit MX of a domain without MX records, RFC 5321 section 5.1)
 * @param ipv4       the A answer
 * @param ipv6       the AAAA answer
 * @param tlsa       the TLSA answer at {@code _25._tcp.<host>} (RFC 7672 section 2.2.3)
 */
public record MxHostDns(String host, int preference, DnsAnswer ipv4, DnsAnswer ipv6, DnsAnswer tlsa) {

    public MxHostDns {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(ipv4, "ipv4");
        Objects.requireNonNull(ipv6, "ipv6");
        Objects.requireNonNull(tlsa, "tlsa");
    }

    /** The TLSA owner name for SMTP on port 25: {@code _25._tcp.<host>}. */
    public static String tlsaName(String host) {
        return "_25._tcp." + (host.endsWith(".") ? host : host + ".");
    }

    /** The TLSA records found (empty if none, or if the lookup failed: read {@link #tlsa()}'s status). */
    public List<TLSARecord> tlsaRecords() {
        return tlsa.recordsOf(TLSARecord.class);
    }

    /** The host name without the trailing dot, as certificates and targets name it. */
    public String hostName() {
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    /** Every answer of this host, in the order they were asked. */
    public List<DnsAnswer> answers() {
        return List.of(ipv4, ipv6, tlsa);
    }
}
