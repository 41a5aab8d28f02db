package org.mtainterop.adversary.access;

/**
 * What a client sent first after a plaintext greeting, read off its first byte: a TLS ClientHello (a client
 * configured for implicit TLS that did not read the greeting), a text command, or nothing at all.
 */
public enum FirstContact {
    /** The session started inside TLS (implicit-TLS listener): there was no plaintext to answer. */
    IMPLICIT_TLS,
    /** A TLS handshake record (content type 22) or an SSLv2-format hello. */
    TLS_CLIENT_HELLO,
    /** Printable text: the client speaks the protocol in plaintext. */
    TEXT_COMMAND,
    /** The client closed, or went silent, without sending a byte. */
    NOTHING;

    /** Classifies the first byte a client sent; -1 is end of stream. */
    public static FirstContact ofFirstByte(int b) {
        if (b < 0) {
            return NOTHING;
        }
        // 22 = TLS handshake record (RFC 8446 §5.1); high bit = SSLv2-compatible record header (RFC 6101 E.1)
        return b == 22 || (b & 0x80) != 0 ? TLS_CLIENT_HELLO : TEXT_COMMAND;
    }
}
