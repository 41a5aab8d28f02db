package org.mtainterop.dane;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Objects;

/**
 * One test zone the harness publishes for a DANE sender case: the receiver's MX name under {@code zone}, its
 * addresses, and the TLSA RRset at {@code _<port>._tcp.<mx>} (RFC 7672 §2.2.3; RFC 6698 §3 for the owner name),
 * with how the zone must be signed. Written by main code from the receiver's own certificates, never by hand.
 *
 * @param zone      the zone apex, e.g. {@code dane-matching.test} (no trailing dot)
 * @param mxHost    the receiver's host name, inside the zone, e.g. {@code mx.dane-matching.test}
 * @param port      the port senders connect to (25 for MX delivery; the NEXT_HOP port in container tests)
 * @param purpose   one line: which case this zone is for, and what a DANE sender must do
 */
public record DaneTestZone(String zone, ZoneSigning signing, String mxHost, List<InetAddress> addresses, int port,
                           List<TlsaAssociation> tlsa, String purpose) implements PublishedZone {

    public DaneTestZone {
        zone = bare(Objects.requireNonNull(zone, "zone"));
        mxHost = bare(Objects.requireNonNull(mxHost, "mxHost"));
        if (!mxHost.endsWith("." + zone)) {
            throw new IllegalArgumentException("the MX host " + mxHost + " is not inside the zone " + zone);
        }
        addresses = List.copyOf(addresses);
        tlsa = List.copyOf(tlsa);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " out of range");
        }
        Objects.requireNonNull(signing, "signing");
        Objects.requireNonNull(purpose, "purpose");
    }

    private static String bare(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    private static String ascii(String text) {
        return PublishedZone.ascii(text);
    }

    /** The TLSA owner name, {@code _<port>._tcp.<mx>.}. */
    public String tlsaOwner() {
        return "_" + port + "._tcp." + mxHost + ".";
    }

    /**
     * The zone's own records as zone-file lines (absolute owner names), without SOA and NS: what the test bed's
     * {@code <zone>.zone} holds (it adds SOA, NS, delegations and DS itself).
     */
    public String records() {
        StringBuilder lines = new StringBuilder();
        lines.append("; ").append(ascii(purpose)).append('\n');
        lines.append("; signing: ").append(ascii(signing.description())).append('\n');
        lines.append(zone).append(". IN MX 10 ").append(mxHost).append(".\n");
        for (InetAddress address : addresses) {
            lines.append(mxHost).append(". IN ").append(address instanceof Inet6Address ? "AAAA " : "A ")
                    .append(address.getHostAddress()).append('\n');
        }
        for (TlsaAssociation record : tlsa) {
            lines.append(tlsaOwner()).append(" IN TLSA ").append(record.presentation()).append('\n');
        }
        return lines.toString();
    }

    /**
     * A complete zone file for an operator's own authoritative server: SOA and NS naming {@code nameServer}, then
     * {@link #records()}. It still has to be signed as {@link #signing()} says (ldns-signzone, dnssec-signzone, or
     * the server's inline signing).
     */
    @Override
    public String zoneFile(String nameServer, long serial) {
        return PublishedZone.super.zoneFile(bare(nameServer), serial);
    }
}
