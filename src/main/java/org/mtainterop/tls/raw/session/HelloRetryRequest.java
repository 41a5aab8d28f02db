package org.mtainterop.tls.raw.session;

import java.util.List;
import java.util.Optional;
import org.mtainterop.policy.Reason;
import org.mtainterop.tls.raw.RawTlsException;

/**
 * A HelloRetryRequest (RFC 8446 §4.1.4): a ServerHello whose random is the SHA-256 of "HelloRetryRequest", asking the
 * client for a second ClientHello with a key share for {@code selectedGroup} and/or the {@code cookie} echoed. Read
 * and checked as §4.1.4 and §4.2.8 tell a client to: the suite was offered, only supported_versions, key_share and
 * cookie appear, the selected group was offered and had no share yet, and something changes; anything else ends
 * the handshake with the reason (the alert a client would send named in it).
 *
 * @param suite         the cipher suite; the ServerHello must choose the same one
 * @param selectedGroup the group the server wants a share for, empty when it asks for the cookie only
 * @param cookie        the cookie extension's data (RFC 8446 §4.2.2), to send back unchanged
 */
public record HelloRetryRequest(int suite, Optional<Integer> selectedGroup, Optional<byte[]> cookie) {
    static final int EXT_COOKIE = 44;
    /** HandshakeType message_hash (RFC 8446 §4.4.1). */
    private static final int MESSAGE_HASH = 254;

    public HelloRetryRequest {
        cookie = cookie.map(byte[]::clone);
    }

    @Override
    public Optional<byte[]> cookie() {
        return cookie.map(byte[]::clone);
    }

    /** Whether a ServerHello-type {@code message} is a HelloRetryRequest (its random is the special value). */
    static boolean is(byte[] message) {
        return message.length >= 4 + 2 + 32 && java.util.Arrays.equals(message, 6, 38, Tls13Handshake.HRR_RANDOM, 0, 32);
    }

    /**
     * Reads and checks the HelloRetryRequest {@code message} (with its 4-byte header) against what the first
     * ClientHello offered: {@code suites}, {@code groups} in supported_groups, and the groups {@code shared} in key_share.
     */
    static HelloRetryRequest read(byte[] message, int[] suites, List<Integer> groups, List<Integer> shared)
            throws RawTlsException {
        Wire.Reader r = new Wire.Reader(message, 4, Wire.Part.message("HelloRetryRequest"));
        r.u16();
        r.bytes(32);
        r.vector8();
        int suite = r.u16();
        if (r.u8() != 0) {
            throw new RawTlsException(Reason.of("TlsSession.retryCompression"));
        }
        if (java.util.Arrays.stream(suites).noneMatch(s -> s == suite)) {
            throw new RawTlsException(Reason.of("TlsSession.retrySuite", String.format("0x%04X", suite)));
        }
        Optional<Integer> version = Optional.empty();
        Optional<Integer> group = Optional.empty();
        Optional<byte[]> cookie = Optional.empty();
        Wire.Reader ext = new Wire.Reader(r.remaining() > 0 ? r.vector16() : new byte[0], 0, Wire.Part.extensionsOf("HelloRetryRequest"));
        while (ext.remaining() > 0) {
            int type = ext.u16();
            Wire.Reader data = new Wire.Reader(ext.vector16(), 0, Wire.Part.extensionOf("HelloRetryRequest", type));
            switch (type) {
                case Tls13Handshake.EXT_SUPPORTED_VERSIONS -> version = Optional.of(data.u16());
                case Tls13Handshake.EXT_KEY_SHARE -> group = Optional.of(data.u16());
                case EXT_COOKIE -> {
                    byte[] c = data.vector16();
                    if (c.length == 0) {
                        throw new RawTlsException(Reason.of("TlsSession.retryEmptyCookie"));
                    }
                    cookie = Optional.of(c);
                }
                default -> throw new RawTlsException(Reason.of("TlsSession.retryExtension", type));
            }
        }
        if (version.isEmpty() || version.get() != 0x0304) {
            throw new RawTlsException(Reason.of("TlsSession.retryNoVersion"));
        }
        if (group.isPresent()) {
            int g = group.get();
            if (!groups.contains(g)) {
                throw new RawTlsException(Reason.of("TlsSession.retryGroupNotOffered", g, groups.toString()));
            }
            if (shared.contains(g)) {
                throw new RawTlsException(Reason.of("TlsSession.retryGroupShared", g));
            }
        }
        if (group.isEmpty() && cookie.isEmpty()) {
            throw new RawTlsException(Reason.of("TlsSession.retryNoChange"));
        }
        return new HelloRetryRequest(suite, group, cookie);
    }

    /** The transcript's stand-in for the first ClientHello: message_hash, Hash.length, Hash(ClientHello1) (§4.4.1). */
    static byte[] messageHash(KeySchedule ks, byte[] firstClientHello) {
        return new Wire.Writer().u8(MESSAGE_HASH).vector24(ks.hash(firstClientHello)).toBytes();
    }
}
