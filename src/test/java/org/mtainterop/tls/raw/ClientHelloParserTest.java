package org.mtainterop.tls.raw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The ClientHello parser fed bytes: TLS 1.3 and 1.2 hellos, split records, SSLv2 format, and garbage. */
class ClientHelloParserTest {

    /** A hello with the given legacy version, suites, SNI, groups and (optional) supported_versions. */
    static byte[] hello(int legacy, int[] suites, String sni, int[] groups, int[] versions) {
        ByteArrayOutputStream ext = new ByteArrayOutputStream();
        if (sni != null) {
            byte[] name = sni.getBytes(StandardCharsets.US_ASCII);
            u16(ext, 0);
            u16(ext, name.length + 5);
            u16(ext, name.length + 3);
            ext.write(0);
            u16(ext, name.length);
            ext.writeBytes(name);
        }
        u16(ext, 10);
        u16(ext, groups.length * 2 + 2);
        u16(ext, groups.length * 2);
        Arrays.stream(groups).forEach(g -> u16(ext, g));
        if (versions != null) {
            u16(ext, 43);
            u16(ext, versions.length * 2 + 1);
            ext.write(versions.length * 2);
            Arrays.stream(versions).forEach(v -> u16(ext, v));
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        u16(body, legacy);
        body.writeBytes(new byte[32]);
        body.write(0);
        u16(body, suites.length * 2);
        Arrays.stream(suites).forEach(s -> u16(body, s));
        body.write(1);
        body.write(0);
        u16(body, ext.size());
        body.writeBytes(ext.toByteArray());
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        message.write(1);
        message.write(0);
        u16(message, body.size());
        message.writeBytes(body.toByteArray());
        return message.toByteArray();
    }

    static byte[] records(byte[] message, int split) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int at = 0; at < message.length; at += split) {
            int n = Math.min(split, message.length - at);
            out.write(22);
            u16(out, 0x0301);
            u16(out, n);
            out.write(message, at, n);
        }
        return out.toByteArray();
    }

    private static void u16(ByteArrayOutputStream out, int v) {
        out.write(v >> 8);
        out.write(v & 0xff);
    }

    @Test
    void readsATls13HelloWithSniGroupsAndVersions() throws IOException {
        byte[] wire = records(hello(0x0303, new int[] {0x1301, 0xC02F, 0x2A2A}, "mx.partner.test",
                new int[] {29, 23}, new int[] {0x3A3A, 0x0304, 0x0303}), 16384);
        byte[] trailing = "EHLO after".getBytes(StandardCharsets.US_ASCII);
        ByteArrayInputStream in = new ByteArrayInputStream(concat(wire, trailing));
        ClientHelloParser.Captured captured = ClientHelloParser.read(in);
        ClientHelloOffer h = captured.hello();
        assertThat(captured.consumed()).isEqualTo(wire);
        assertThat(in.available()).as("nothing read past the hello").isEqualTo(trailing.length);
        assertThat(h.serverName()).contains("mx.partner.test");
        assertThat(h.offeredVersions()).containsExactly(0x0304, 0x0303);
        assertThat(h.versionsExplicit()).isTrue();
        assertThat(h.highestVersion()).isEqualTo(0x0304);
        assertThat(h.cipherSuites()).containsExactly(0x1301, 0xC02F, 0x2A2A);
        assertThat(h.groups()).containsExactly(29, 23);
        assertThat(h.render()).contains("SNI:                 mx.partner.test", "TLSv1.3, TLSv1.2", "GREASE");
    }

    @Test
    void joinsAHelloSplitAcrossRecords() throws IOException {
        byte[] message = hello(0x0303, new int[] {0xC02F}, null, new int[] {23}, null);
        ClientHelloOffer h = ClientHelloParser.read(new ByteArrayInputStream(records(message, 7))).hello();
        assertThat(h.serverName()).isEmpty();
        assertThat(h.versionsExplicit()).isFalse();
        assertThat(h.offeredVersions()).as("without supported_versions every version up to legacy_version is negotiable")
                .containsExactly(0x0300, 0x0301, 0x0302, 0x0303);
    }

    @Test
    void readsAnSslv2CompatibleHello() throws IOException {
        // msg type 1, version 3.1, 3 bytes of cipher specs, no session id, 16-byte challenge
        byte[] body = HexFormat.of().parseHex("0103010003000000100000" + "2f" + "00".repeat(16));
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        wire.write(0x80);
        wire.write(body.length);
        wire.writeBytes(body);
        ClientHelloOffer h = ClientHelloParser.read(new ByteArrayInputStream(wire.toByteArray())).hello();
        assertThat(h.sslv2Format()).isTrue();
        assertThat(h.offers(ProtocolVersion.SSL_2_0)).isTrue();
        assertThat(h.cipherSuites()).containsExactly(0x002F);
    }

    @Test
    void refusesPlaintextTruncationAndOversize() {
        assertThatThrownBy(() -> ClientHelloParser.read(new ByteArrayInputStream("EHLO x\r\n".getBytes(StandardCharsets.US_ASCII))))
                .isInstanceOf(RawTlsException.class).hasMessageContaining("EHLO");
        byte[] wire = records(hello(0x0303, new int[] {0x1301}, "a", new int[] {29}, null), 16384);
        assertThatThrownBy(() -> ClientHelloParser.read(new ByteArrayInputStream(Arrays.copyOf(wire, wire.length - 3))))
                .isInstanceOf(EOFException.class);
        byte[] huge = HexFormat.of().parseHex("160301000401ffffff");
        assertThatThrownBy(() -> ClientHelloParser.read(new ByteArrayInputStream(huge)))
                .isInstanceOf(RawTlsException.class).hasMessageContaining("exceeds");
        byte[] badInner = hello(0x0303, new int[] {0x1301}, null, new int[] {29}, null);
        badInner[4 + 2 + 32 + 1 + 1] = 0x7e; // cipher_suites length now runs past the end
        assertThatThrownBy(() -> ClientHelloParser.parseHandshake(0x0301, badInner))
                .isInstanceOf(RawTlsException.class).hasMessageContaining("truncated");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
