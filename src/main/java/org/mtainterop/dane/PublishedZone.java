package org.mtainterop.dane;

/**
 * A test zone the harness writes for a sender case, in the layout of the DNSSEC test bed ({@link DaneZoneWriter}):
 * a DANE zone ({@link DaneTestZone}) or the records of an MTA-STS domain
 * ({@link org.mtainterop.mtasts.MtaStsTestDomain}).
 */
public interface PublishedZone {
    /** The zone apex, without a trailing dot. */
    String zone();

    /** How the zone must be served for the case to mean anything. */
    ZoneSigning signing();

    /** The zone's own records (absolute owner names), without SOA and NS: the test bed's {@code <zone>.zone}. */
    String records();

    /** A complete zone file (SOA and NS naming {@code nameServer}) for an operator's own server. */
    default String zoneFile(String nameServer, long serial) {
        String ns = nameServer.endsWith(".") ? nameServer : nameServer + ".";
        return "$ORIGIN " + zone() + ".\n$TTL 300\n"
                + "@ IN SOA " + ns + " hostmaster." + zone() + ". " + serial + " 3600 600 86400 300\n"
                + "@ IN NS " + ns + "\n" + records();
    }

    /** Zone files stay ASCII (RFC 1035 §5.1 master files): "§" becomes "section", anything else non-ASCII "?". */
    static String ascii(String text) {
        return text.replace("§", "section ").replaceAll("[^\\x20-\\x7e]", "?");
    }
}
