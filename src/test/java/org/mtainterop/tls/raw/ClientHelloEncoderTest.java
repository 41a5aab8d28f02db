package org.mtainterop.tls.raw;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClientHelloEncoderTest {

    /** Parses the bytes back by hand: record, handshake header, body fields, extensions (type → data). */
    private record Parsed(int recordType, int recordVersion, int clientVersion, int sessionIdLength,
                          List<Integer> suites, List<Integer> compression, Map<Integer, ByteBuffer> extensions) {
    }

    private static Parsed parse(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int type = b.get() & 0xff;
        int recordVersion = b.getShort() & 0xffff;
        int recordLength = b.getShort() & 0xffff;
        assertThat(recordLength).isEqualTo(bytes.length - 5);
        assertThat(b.get()).isEqualTo((byte) 1);
        int hsLength = ((b.get() & 0xff) << 16) | (b.getShort() & 0xffff);
        assertThat(hsLength).isEqualTo(recordLength - 4);
        int clientVersion = b.getShort() & 0xffff;
        b.position(b.position() + 32);
        int sid = b.get() & 0xff;
        b.position(b.position() + sid);
        List<Integer> suites = new ArrayList<>();
        int n = b.getShort() & 0xffff;
        for (int i = 0; i < n / 2; i++) {
            suites.add(b.getShort() & 0xffff);
        }
        List<Integer> compression = new ArrayList<>();
        int c = b.get() & 0xff;
        for (int i = 0; i < c; i++) {
            compression.add(b.get() & 0xff);
        }
        Map<Integer, ByteBuffer> ext = new LinkedHashMap<>();
        if (b.hasRemaining()) {
            int total = b.getShort() & 0xffff;
            assertThat(total).isEqualTo(b.remaining());
            while (b.hasRemaining()) {
                int t = b.getShort() & 0xffff;
                int len = b.getShort() & 0xffff;
                ext.put(t, b.slice().limit(len));
                b.position(b.position() + len);
            }
        }
        return new Parsed(type, recordVersion, clientVersion, sid, suites, compression, ext);
    }

    @Test
    void tls12HelloCarriesTheOfferedSuitesCompressionAndExtensions() {
        ClientHello hello = ClientHello.typical(ProtocolVersion.TLS_1_2, List.of(0xC02B, 0x002F), Optional.of("mx.example"))
                .withCompression(List.of(1, 0)).withExtension(ClientHello.Extension.ENCRYPT_THEN_MAC)
                .withExtension(ClientHello.Extension.HEARTBEAT);
        Parsed p = parse(ClientHelloEncoder.encode(hello, new Random(1)));
        assertThat(p.recordType()).isEqualTo(22);
        assertThat(p.recordVersion()).isEqualTo(0x0301);
        assertThat(p.clientVersion()).isEqualTo(0x0303);
        assertThat(p.sessionIdLength()).isZero();
        assertThat(p.suites()).containsExactly(0xC02B, 0x002F);
        assertThat(p.compression()).containsExactly(1, 0);
        assertThat(p.extensions()).containsKeys(0, 10, 11, 13, 15, 22, 23, 0xff01).doesNotContainKeys(43, 51);
        ByteBuffer sni = p.extensions().get(0);
        assertThat(sni.getShort() & 0xffff).isEqualTo(13); // list length: type(1) + length(2) + "mx.example"(10)
        assertThat(sni.get()).isEqualTo((byte) 0);
        assertThat(p.extensions().get(0xff01).remaining()).isEqualTo(1);
        assertThat(p.extensions().get(15).get()).isEqualTo((byte) 1);
    }

    @Test
    void tls13HelloHasSupportedVersionsAndRealKeyShares() {
        ClientHello hello = ClientHello.typical(ProtocolVersion.TLS_1_3, List.of(0x1301, 0x1302), Optional.empty());
        Parsed p = parse(ClientHelloEncoder.encode(hello, new Random(2)));
        assertThat(p.clientVersion()).isEqualTo(0x0303);
        assertThat(p.sessionIdLength()).isEqualTo(32);
        assertThat(p.extensions()).doesNotContainKey(0);
        ByteBuffer versions = p.extensions().get(43);
        assertThat(versions.get()).isEqualTo((byte) 2);
        assertThat(versions.getShort() & 0xffff).isEqualTo(0x0304);
        ByteBuffer shares = p.extensions().get(51);
        assertThat(shares.getShort() & 0xffff).isEqualTo(shares.remaining());
        assertThat(shares.getShort() & 0xffff).isEqualTo(NamedGroups.X25519);
        assertThat(shares.getShort() & 0xffff).isEqualTo(32);
        shares.position(shares.position() + 32);
        assertThat(shares.getShort() & 0xffff).isEqualTo(NamedGroups.SECP256R1);
        assertThat(shares.getShort() & 0xffff).isEqualTo(65);
        assertThat(shares.get()).isEqualTo((byte) 4); // uncompressed point
    }

    @Test
    void sslv3HelloUsesRecordVersion30AndNoExtensions() {
        Parsed p = parse(ClientHelloEncoder.encode(ClientHello.typical(ProtocolVersion.SSL_3_0, List.of(0x000A),
                Optional.of("mx.example")).withServerName(Optional.empty()), new Random(3)));
        assertThat(p.recordVersion()).isEqualTo(0x0300);
        assertThat(p.clientVersion()).isEqualTo(0x0300);
        assertThat(p.extensions()).isEmpty();
    }

    @Test
    void sslv2HelloIsInTheSsl2Format() {
        byte[] bytes = ClientHelloEncoder.encode(ClientHello.typical(ProtocolVersion.SSL_2_0, List.of(0x0004),
                Optional.empty()), new Random(4));
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int header = b.getShort() & 0xffff;
        assertThat(header & 0x8000).isNotZero();
        assertThat(header & 0x7fff).isEqualTo(bytes.length - 2);
        assertThat(b.get()).isEqualTo((byte) 1);
        assertThat(b.getShort() & 0xffff).isEqualTo(0x0002);
        assertThat(b.getShort() & 0xffff).isEqualTo(ClientHelloEncoder.SSL2_CIPHER_SPECS.size() * 3);
        assertThat(b.getShort() & 0xffff).isZero();
        assertThat(b.getShort() & 0xffff).isEqualTo(16);
    }

    @Test
    void theRegistryHoldsTheWholeIanaListWithOpensslNames() {
        assertThat(CipherSuites.all()).hasSizeGreaterThan(330);
        assertThat(CipherSuites.byCode(0xC02F)).get().extracting(CipherSuite::opensslName)
                .isEqualTo("ECDHE-RSA-AES128-GCM-SHA256");
        assertThat(CipherSuites.byCode(0x0003).get().flags()).contains(CipherSuite.Flag.EXPORT, CipherSuite.Flag.RC4);
        assertThat(CipherSuites.byCode(0x0018).get().flags()).contains(CipherSuite.Flag.ANON);
        assertThat(CipherSuites.byCode(0x000A).get().flags()).contains(CipherSuite.Flag.TRIPLE_DES, CipherSuite.Flag.CBC);
        assertThat(CipherSuites.usableIn(ProtocolVersion.TLS_1_3)).extracting(CipherSuite::code)
                .contains(0x1301, 0x1302, 0x1303, 0x1304, 0x1305);
        assertThat(CipherSuites.usableIn(ProtocolVersion.SSL_3_0)).noneMatch(s -> s.has(CipherSuite.Flag.AEAD));
        assertThat(NamedGroups.byCode(29)).get().extracting(NamedGroup::name).isEqualTo("x25519");
    }
}
