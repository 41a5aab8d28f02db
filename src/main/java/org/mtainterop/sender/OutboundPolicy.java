package org.mtainterop.sender;

import java.util.Locale;

/** The TLS policy a sender applies to its next hop (containers/README.md, OUTBOUND_POLICY). */
public enum OutboundPolicy {
    /** Opportunistic: STARTTLS when offered, no certificate check, plaintext otherwise. */
    MAY,
    /** Mandatory TLS, certificate not checked. */
    ENCRYPT,
    /** Mandatory TLS, chain checked against the test root and the name against the next hop. */
    VERIFY;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OutboundPolicy parse(String text) {
        for (OutboundPolicy p : values()) {
            if (p.label().equalsIgnoreCase(text.strip())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown outbound policy '" + text + "' (expected may, encrypt or verify)");
    }
}
