package org.mtainterop.tls.raw;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Random;

/**
 * Turns a {@link ClientHello} into the bytes of one TLS record (RFC 5246 §7.4.1.2, RFC 8446 §4.1.2), or an
 * SSLv2-format CLIENT-HELLO for SSLv2 detection (RFC 6101 appendix E.1 / the SSL 2.0 draft).
 */
public final class ClientHelloEncoder {
    /** SSLv2 cipher specs (3 bytes each): RC4-MD5, EXP-RC4-MD5, RC2-CBC-MD5, EXP-RC2-CBC-MD5, IDEA-CBC-MD5, DES-CBC-MD5, DES-CBC3-MD5. */
    public static final List<Integer> SSL2_CIPHER_SPECS = List.of(0x010080, 0x020080, 0x030080, 0x040080, 0x050080,
            0x060040, 0x0700C0);
    private static final int[] SIGNATURE_SCHEMES = {0x0403, 0x0503, 0x0603, 0x0807, 0x0808, 0x0804, 0x0805, 0x0806,
        0x0809, 0x080a, 0x080b, 0x0401, 0x0501, 0x0601, 0x0203, 0x0201, 0x0402, 0x0502, 0x0602, 0x0202, 0x0303, 0x0301};
    private static final SecureRandom RANDOM = new SecureRandom();

    private ClientHelloEncoder() {
    }

    public static byte[] encode(ClientHello hello) {
        return encode(hello, RANDOM);
    }

    /** Encodes with the given source of randomness (tests pass a seeded one to get stable bytes). */
    public static byte[] encode(ClientHello hello, Random random) {
        if (hello.version() == ProtocolVersion.SSL_2_0) {
            return encodeSsl2(random);
        }
        boolean tls13 = hello.version() == ProtocolVersion.TLS_1_3;
        Buf body = new Buf();
        body.u16(tls13 ? ProtocolVersion.TLS_1_2.code() : hello.version().code());
        body.bytes(randomBytes(random, 32));
        byte[] sessionId = tls13 ? randomBytes(random, 32) : new byte[0]; // RFC 8446 §D.4 compatibility mode
        body.u8(sessionId.length).bytes(sessionId);
        body.u16(hello.cipherSuites().size() * 2);
        hello.cipherSuites().forEach(body::u16);
        body.u8(hello.compressionMethods().size());
        hello.compressionMethods().forEach(body::u8);
        byte[] extensions = extensions(hello);
        if (extensions.length > 0) {
            body.u16(extensions.length).bytes(extensions);
        }
        Buf handshake = new Buf().u8(1).u24(body.size()).bytes(body.toBytes());
        int recordVersion = hello.version() == ProtocolVersion.SSL_3_0 ? 0x0300 : 0x0301;
        return new Buf().u8(22).u16(recordVersion).u16(handshake.size()).bytes(handshake.toBytes()).toBytes();
    }

    private static byte[] extensions(ClientHello hello) {
        Buf out = new Buf();
        hello.serverName().ifPresent(name -> {
            byte[] host = name.getBytes(StandardCharsets.US_ASCII);
            Buf list = new Buf().u8(0).u16(host.length).bytes(host);
            extension(out, ServerHello.EXT_SERVER_NAME, new Buf().u16(list.size()).bytes(list.toBytes()));
        });
        if (!hello.groups().isEmpty()) {
            Buf groups = new Buf().u16(hello.groups().size() * 2);
            hello.groups().forEach(groups::u16);
            extension(out, ServerHello.EXT_SUPPORTED_GROUPS, groups);
        }
        if (hello.has(ClientHello.Extension.EC_POINT_FORMATS)) {
            extension(out, ServerHello.EXT_EC_POINT_FORMATS, new Buf().u8(1).u8(0));
        }
        if (hello.has(ClientHello.Extension.SIGNATURE_ALGORITHMS)) {
            Buf schemes = new Buf().u16(SIGNATURE_SCHEMES.length * 2);
            for (int scheme : SIGNATURE_SCHEMES) {
                schemes.u16(scheme);
            }
            extension(out, ServerHello.EXT_SIGNATURE_ALGORITHMS, schemes);
        }
        if (hello.has(ClientHello.Extension.STATUS_REQUEST)) {
            extension(out, ServerHello.EXT_STATUS_REQUEST, new Buf().u8(1).u16(0).u16(0));
        }
        if (hello.has(ClientHello.Extension.TRUNCATED_HMAC)) {
            extension(out, ServerHello.EXT_TRUNCATED_HMAC, new Buf());
        }
        if (hello.has(ClientHello.Extension.HEARTBEAT)) {
            extension(out, ServerHello.EXT_HEARTBEAT, new Buf().u8(1)); // peer_allowed_to_send
        }
        if (hello.has(ClientHello.Extension.ENCRYPT_THEN_MAC)) {
            extension(out, ServerHello.EXT_ENCRYPT_THEN_MAC, new Buf());
        }
        if (hello.has(ClientHello.Extension.EXTENDED_MASTER_SECRET)) {
            extension(out, ServerHello.EXT_EXTENDED_MASTER_SECRET, new Buf());
        }
        if (hello.version() == ProtocolVersion.TLS_1_3) {
            extension(out, ServerHello.EXT_SUPPORTED_VERSIONS, new Buf().u8(2).u16(ProtocolVersion.TLS_1_3.code()));
            Buf shares = new Buf();
            for (int group : hello.keyShareGroups()) {
                KeyShares.publicShare(group).ifPresent(key -> shares.u16(group).u16(key.length).bytes(key));
            }
            extension(out, ServerHello.EXT_KEY_SHARE, new Buf().u16(shares.size()).bytes(shares.toBytes()));
        }
        if (hello.has(ClientHello.Extension.RENEGOTIATION_INFO)) {
            extension(out, ServerHello.EXT_RENEGOTIATION_INFO, new Buf().u8(0));
        }
        return out.toBytes();
    }

    private static void extension(Buf out, int type, Buf data) {
        out.u16(type).u16(data.size()).bytes(data.toBytes());
    }

    private static byte[] encodeSsl2(Random random) {
        byte[] challenge = randomBytes(random, 16);
        Buf msg = new Buf().u8(1).u16(ProtocolVersion.SSL_2_0.code()).u16(SSL2_CIPHER_SPECS.size() * 3).u16(0)
                .u16(challenge.length);
        SSL2_CIPHER_SPECS.forEach(spec -> msg.u8(spec >>> 16).u16(spec & 0xffff));
        msg.bytes(challenge);
        return new Buf().u16(0x8000 | msg.size()).bytes(msg.toBytes()).toBytes();
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] out = new byte[n];
        random.nextBytes(out);
        return out;
    }

    /** A tiny big-endian writer. */
    private static final class Buf {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Buf u8(int v) {
            out.write(v & 0xff);
            return this;
        }

        Buf u16(int v) {
            return u8(v >>> 8).u8(v);
        }

        Buf u24(int v) {
            return u8(v >>> 16).u16(v);
        }

        Buf bytes(byte[] b) {
            out.write(b, 0, b.length);
            return this;
        }

        int size() {
            return out.size();
        }

        byte[] toBytes() {
            return out.toByteArray();
        }
    }
}
