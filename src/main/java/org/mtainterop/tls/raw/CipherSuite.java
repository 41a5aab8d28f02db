package org.mtainterop.tls.raw;

import java.util.Set;

/**
 * One row of the IANA TLS Cipher Suites registry as the harness needs it (data in
 * {@code iana/tls-cipher-suites.csv}): the code, both names, and what the suite is made of.
 */
public record CipherSuite(int code, String ianaName, String opensslName, String keyExchange, String authentication,
                          String cipher, String mac, int bits, ProtocolVersion minVersion, Set<Flag> flags) {

    /** Properties policies judge; the CSV spells them in lower case. */
    public enum Flag { EXPORT, NULL, ANON, RC4, DES, TRIPLE_DES, CBC, AEAD, SCSV }

    public CipherSuite {
        flags = Set.copyOf(flags);
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    /** TLS 1.3 suites name no key exchange: it is negotiated by the supported_groups/key_share extensions. */
    public boolean isTls13() {
        return minVersion == ProtocolVersion.TLS_1_3;
    }

    /** Ephemeral (EC)DHE key exchange, or TLS 1.3 (always ephemeral). */
    public boolean forwardSecret() {
        return isTls13() || keyExchange.equals("DHE") || keyExchange.equals("ECDHE");
    }

    public boolean usableIn(ProtocolVersion version) {
        if (has(Flag.SCSV)) {
            return false;
        }
        if (version == ProtocolVersion.TLS_1_3) {
            return isTls13();
        }
        return !isTls13() && version.atLeast(minVersion);
    }

    public String hexCode() {
        return String.format("0x%04X", code);
    }

    /** "TLS_… (OpenSSL name)" or only the IANA name when OpenSSL has none. */
    public String displayName() {
        return opensslName.isEmpty() || opensslName.equals(ianaName) ? ianaName : ianaName + " (" + opensslName + ")";
    }
}
