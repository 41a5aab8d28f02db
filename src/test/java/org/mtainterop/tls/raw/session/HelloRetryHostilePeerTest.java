package org.mtainterop.tls.raw.session;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mtainterop.tls.raw.NamedGroups;

/**
 * HelloRetryRequests a client must refuse (RFC 8446 §4.1.4, §4.2.8), from a hostile in-process peer: each ends the
 * handshake in time with the reason, never a hang. The client's first hello shares X25519 only, so a HelloRetryRequest
 * for P-256 is a valid first one.
 */
class HelloRetryHostilePeerTest {
    private static final Tls13Handshake.Options X25519_FIRST = new Tls13Handshake.Options(Optional.empty(), false,
            Duration.ofSeconds(1), List.of(NamedGroups.X25519));

    @Test
    void aSecondHelloRetryRequestIsRefused() throws Exception {
        byte[] hrr = hrr(0x1301, keyShare(NamedGroups.SECP256R1));
        IOException e = against(concat(hrr, hrr));
        assertTrue(e.getMessage().contains("a second HelloRetryRequest in the same connection"), e.getMessage());
    }

    @Test
    void aGroupNotOfferedIsRefused() throws Exception {
        IOException e = against(hrr(0x1301, keyShare(24))); // secp384r1: not in supported_groups
        assertTrue(e.getMessage().contains("a HelloRetryRequest for group 24, which the ClientHello did not offer"),
                e.getMessage());
    }

    @Test
    void aGroupAlreadySharedIsRefused() throws Exception {
        IOException e = against(hrr(0x1301, keyShare(NamedGroups.X25519)));
        assertTrue(e.getMessage().contains("already sent a key share"), e.getMessage());
    }

    @Test
    void aSuiteNotOfferedIsRefused() throws Exception {
        IOException e = against(hrr(0xC02F, keyShare(NamedGroups.SECP256R1)));
        assertTrue(e.getMessage().contains("suite 0xC02F, not offered"), e.getMessage());
    }

    @Test
    void anExtensionAHelloRetryRequestCannotCarryIsRefused() throws Exception {
        byte[] ext = concat(keyShare(NamedGroups.SECP256R1), new byte[] {0, 16, 0, 0}); // ALPN
        IOException e = against(hrr(0x1301, ext));
        assertTrue(e.getMessage().contains("extension 16, which a HelloRetryRequest cannot carry"), e.getMessage());
    }

    @Test
    void aHelloRetryRequestChangingNothingIsRefused() throws Exception {
        IOException e = against(hrr(0x1301, new byte[0]));
        assertTrue(e.getMessage().contains("asking for no change to the ClientHello"), e.getMessage());
    }

    @Test
    void aValidHelloRetryRequestThenSilenceEndsAtTheDeadline() throws Exception {
        IOException e = against(hrr(0x1301, keyShare(NamedGroups.SECP256R1)));
        assertTrue(e.getMessage().contains("deadline") || e.getMessage().contains("timed out"), e.getMessage());
    }

    /** A HelloRetryRequest record: supported_versions 0x0304, then {@code extensions}. */
    private static byte[] hrr(int suite, byte[] extensions) {
        byte[] ext = concat(new byte[] {0, 43, 0, 2, 3, 4}, extensions);
        Wire.Writer body = new Wire.Writer().u16(0x0303).bytes(Tls13Handshake.HRR_RANDOM).vector8(new byte[0]).u16(suite)
                .u8(0).vector16(ext);
        return Tls13Handshake.plaintextRecord(Wire.handshake(2, body.toBytes()));
    }

    private static byte[] keyShare(int group) {
        return new byte[] {0, 51, 0, 2, (byte) (group >> 8), (byte) group};
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static IOException against(byte[] reply) {
        return ScriptedHelloPeer.handshakeError(ScriptedHelloPeer.replying(reply), Duration.ofSeconds(2),
                channel -> new Tls13Handshake(X25519_FIRST).run(channel));
    }
}
