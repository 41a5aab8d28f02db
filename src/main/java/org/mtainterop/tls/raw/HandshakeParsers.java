package org.mtainterop.tls.raw;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mtainterop.policy.Reason;

/** Parsers for the server handshake messages enumeration reads; each takes the message body only. */
final class HandshakeParsers {
    private HandshakeParsers() {
    }

    static ServerHello serverHello(ByteBuffer b) throws RawTlsException {
        int legacyVersion = b.getShort() & 0xffff;
        byte[] random = new byte[32];
        b.get(random);
        int sessionIdLength = b.get() & 0xff;
        if (sessionIdLength > 32) {
            throw new RawTlsException(Reason.of("RawTls.sessionIdTooLong", sessionIdLength));
        }
        b.position(b.position() + sessionIdLength);
        int suite = b.getShort() & 0xffff;
        int compression = b.get() & 0xff;
        boolean hrr = Arrays.equals(random, TlsResponseReader.HRR_RANDOM);
        List<Integer> types = new ArrayList<>();
        Optional<Integer> selectedVersion = Optional.empty();
        Optional<Integer> keyShareGroup = Optional.empty();
        if (b.remaining() >= 2) {
            int total = b.getShort() & 0xffff;
            if (total > b.remaining()) {
                throw new RawTlsException(Reason.of("RawTls.extensionsOverrun", total, b.remaining()));
            }
            int end = b.position() + total;
            while (b.position() < end) {
                int type = b.getShort() & 0xffff;
                int length = b.getShort() & 0xffff;
                if (length > end - b.position()) {
                    throw new RawTlsException(Reason.of("RawTls.extensionOverruns", type));
                }
                ByteBuffer data = b.slice().limit(length);
                b.position(b.position() + length);
                types.add(type);
                if (type == ServerHello.EXT_SUPPORTED_VERSIONS && length == 2) {
                    selectedVersion = Optional.of(data.getShort() & 0xffff);
                } else if (type == ServerHello.EXT_KEY_SHARE && length >= 2) {
                    keyShareGroup = Optional.of(data.getShort() & 0xffff);
                }
            }
        }
        return new ServerHello(legacyVersion, hrr, suite, compression, types, selectedVersion, keyShareGroup);
    }

    /** What a TLS ≤ 1.2 Certificate message shows: how many certificates, and the curve of the leaf's EC key. */
    record Certificates(int count, Optional<Integer> leafKeyCurve) {
    }

    /** A TLS ≤ 1.2 Certificate message (24-bit list of 24-bit-length DER blobs, the leaf first: RFC 5246 §7.4.2). */
    static Certificates certificates(ByteBuffer b) throws RawTlsException {
        int total = u24(b);
        if (total > b.remaining()) {
            throw new RawTlsException(Reason.of("RawTls.certificatesOverrun", total, b.remaining()));
        }
        int count = 0;
        Optional<Integer> leafCurve = Optional.empty();
        int end = b.position() + total;
        while (b.position() < end) {
            int length = u24(b);
            if (length > end - b.position()) {
                throw new RawTlsException(Reason.of("RawTls.certificateOverruns", count));
            }
            if (count == 0) {
                byte[] leaf = new byte[length];
                b.get(leaf);
                leafCurve = LeafKeyCurve.of(leaf);
            } else {
                b.position(b.position() + length);
            }
            count++;
        }
        return new Certificates(count, leafCurve);
    }

    /** RFC 5246 §7.4.3 / RFC 4492 §5.4 (RFC 8422); PSK variants start with an identity hint (RFC 4279, 5489). */
    static ServerKeyExchange serverKeyExchange(ByteBuffer b, CipherSuite suite) {
        if (suite.authentication().equals("PSK") && !suite.keyExchange().equals("PSK")) {
            int hint = b.getShort() & 0xffff;
            b.position(b.position() + hint);
        }
        return switch (suite.keyExchange()) {
            case "DHE", "DH" -> {
                int pLength = b.getShort() & 0xffff;
                byte[] p = new byte[pLength];
                b.get(p);
                yield ServerKeyExchange.finiteField(new BigInteger(1, p).bitLength());
            }
            case "ECDHE", "ECDH" -> {
                int curveType = b.get() & 0xff;
                yield curveType == 3 ? ServerKeyExchange.namedCurve(b.getShort() & 0xffff) : ServerKeyExchange.other();
            }
            default -> ServerKeyExchange.other();
        };
    }

    private static int u24(ByteBuffer b) {
        return ((b.get() & 0xff) << 16) | ((b.get() & 0xff) << 8) | (b.get() & 0xff);
    }
}
