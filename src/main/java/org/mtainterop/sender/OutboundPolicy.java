package org.mtainterop.sender;

import java.util.Locale;

/** The TLS policy a sender applies to its next hop (containers/README.md, OUTBOUND_POLICY). */
public enum OutboundPolicy {
    /** Opportunistic: STARTTLS when offered, no certificate check, plaintext otherwise. */
    MAY,
    /** Mandatory TLS, certificate not checked. */
    ENCRYPT,
    /** Mandatory TLS, chain checked against the test root and the name against the next hop. */
    VERIFY,
    /**
     * DANE (RFC 7672): TLSA records looked up through a DNSSEC-validating resolver and used to authenticate the
     * next hop (Postfix {@code smtp_tls_security_level=dane}, Exim {@code hosts_require_dane}). Needs a resolver
     * serving the receiver's zone: only DANE runs start such senders, never "containers" or "embedded".
     */
    DANE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OutboundPolicy parse(String text) {
        for (OutboundPolicy p : values()) {
            if (p.label().equalsIgnoreCase(text.strip())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown outbound policy '" + text + "' (expected may, encrypt, verify or dane)");
    }
}
