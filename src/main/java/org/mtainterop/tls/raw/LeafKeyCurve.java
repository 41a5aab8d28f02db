package org.mtainterop.tls.raw;

import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The named curve of a certificate's EC public key, as a TLS group: the DER walked down to subjectPublicKeyInfo
 * (RFC 5280 §4.1), whose algorithm must be id-ecPublicKey with a namedCurve (RFC 5480 §2.1.1), the curve's OID mapped
 * to its supported_groups code (RFC 8422 §5.1.1, RFC 7027 for Brainpool). Read from the leaf of a TLS ≤ 1.2
 * Certificate message: with ECDHE-ECDSA suites the client's supported_groups bound the certificate's curve too
 * (RFC 8422 §5.1), so the group enumeration keeps that curve offered. Anything else (an RSA key, explicit curve
 * parameters, malformed DER) is empty: a hint, never an error. Every length is checked against what encloses it.
 */
public final class LeafKeyCurve {
    private static final int SEQUENCE = 0x30;
    private static final int OID = 0x06;
    private static final int VERSION = 0xA0;
    private static final String EC_PUBLIC_KEY = "2a8648ce3d0201";
    private static final Map<String, Integer> GROUP_BY_OID = Map.of(
            "2a8648ce3d030101", 19, // secp192r1 (P-192)
            "2b81040021", 21, // secp224r1
            "2b8104000a", 22, // secp256k1
            "2a8648ce3d030107", NamedGroups.SECP256R1,
            "2b81040022", NamedGroups.SECP384R1,
            "2b81040023", NamedGroups.SECP521R1,
            "2b2403030208010107", 26, // brainpoolP256r1
            "2b240303020801010b", 27, // brainpoolP384r1
            "2b240303020801010d", 28); // brainpoolP512r1

    private LeafKeyCurve() {
    }

    /** The TLS group of {@code der}'s EC key, if it is a certificate with a named-curve EC key this registry knows. */
    public static Optional<Integer> of(byte[] der) {
        try {
            Element certificate = Element.at(der, 0, der.length, SEQUENCE);
            Element tbs = Element.at(der, certificate.start, certificate.end, SEQUENCE);
            int pos = tbs.start;
            if (pos < tbs.end && (der[pos] & 0xff) == VERSION) {
                pos = Element.at(der, pos, tbs.end, VERSION).end;
            }
            // serialNumber, signature, issuer, validity, subject
            for (int skipped = 0; skipped < 5; skipped++) {
                pos = Element.at(der, pos, tbs.end, -1).end;
            }
            Element spki = Element.at(der, pos, tbs.end, SEQUENCE);
            Element algorithm = Element.at(der, spki.start, spki.end, SEQUENCE);
            Element keyType = Element.at(der, algorithm.start, algorithm.end, OID);
            if (!keyType.hex(der).equals(EC_PUBLIC_KEY)) {
                return Optional.empty();
            }
            return Optional.ofNullable(GROUP_BY_OID.get(Element.at(der, keyType.end, algorithm.end, OID).hex(der)));
        } catch (MalformedDer e) {
            return Optional.empty();
        }
    }

    /** One DER element: its content spans {@code [start, end)}. */
    private record Element(int start, int end) {
        /** The element at {@code pos}, which must end by {@code limit}; {@code tag} -1 takes any tag. */
        static Element at(byte[] der, int pos, int limit, int tag) throws MalformedDer {
            if (pos + 2 > limit || tag >= 0 && (der[pos] & 0xff) != tag) {
                throw new MalformedDer();
            }
            int first = der[pos + 1] & 0xff;
            int start = pos + 2;
            long length = first;
            if (first > 0x80 && first <= 0x84) {
                int octets = first - 0x80;
                if (start + octets > limit) {
                    throw new MalformedDer();
                }
                length = 0;
                for (int i = 0; i < octets; i++) {
                    length = (length << 8) | (der[start + i] & 0xff);
                }
                start += octets;
            } else if (first >= 0x80) {
                throw new MalformedDer(); // indefinite or over 4 length octets: not DER a certificate uses
            }
            if (length > limit - start) {
                throw new MalformedDer();
            }
            return new Element(start, start + (int) length);
        }

        String hex(byte[] der) {
            return HexFormat.of().formatHex(der, start, end);
        }
    }

    private static final class MalformedDer extends Exception {
        MalformedDer() {
            super(null, null, false, false);
        }
    }
}
