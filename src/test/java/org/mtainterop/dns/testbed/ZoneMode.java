package org.mtainterop.dns.testbed;

import java.util.Locale;

/** How the test bed signs a zone (the container's {@code zones.list} modes, containers/dns/testbed.sh). */
public enum ZoneMode {
    /** Signed, DS in the parent: answers validate (SECURE). */
    SIGNED,
    /** Not signed, delegated without DS: provably INSECURE. */
    UNSIGNED,
    /** Signed with RRSIGs that expired two days ago: BOGUS (validates again with a validator clock set back). */
    EXPIRED,
    /** Signed with RRSIGs whose inception is two days ahead: BOGUS (validates with a clock set forward). */
    NOT_YET_VALID,
    /** Signed, every signature except the DNSKEY set's corrupted: BOGUS ("signature crypto failed"). */
    BROKEN_SIGNATURES,
    /** Signed, but the parent publishes no DS: the delegation is provably insecure, the signatures ignored (INSECURE). */
    NO_DS,
    /** Signed, the parent's DS names a key the zone does not publish: the chain of trust breaks (BOGUS). */
    WRONG_DS;

    /** The word the container's zones.list uses. */
    public String word() {
        return switch (this) {
            case BROKEN_SIGNATURES -> "broken";
            default -> name().toLowerCase(Locale.ROOT).replace('_', '-');
        };
    }
}
