package org.mtainterop.tls.raw.session;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import org.mtainterop.policy.Reason;
import org.mtainterop.tls.raw.RawTlsException;

/** Big-endian TLS encoding: a writer, and a reader whose every length is checked (a short message is an error). */
final class Wire {
    private Wire() {
    }

    static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Writer u8(int v) {
            out.write(v & 0xff);
            return this;
        }

        Writer u16(int v) {
            return u8(v >>> 8).u8(v);
        }

        Writer u24(int v) {
            return u8(v >>> 16).u16(v);
        }

        Writer u32(long v) {
            return u16((int) (v >>> 16)).u16((int) v);
        }

        Writer bytes(byte[] b) {
            out.write(b, 0, b.length);
            return this;
        }

        Writer vector8(byte[] b) {
            return u8(b.length).bytes(b);
        }

        Writer vector16(byte[] b) {
            return u16(b.length).bytes(b);
        }

        Writer vector24(byte[] b) {
            return u24(b.length).bytes(b);
        }

        Writer extension(int type, byte[] data) {
            return u16(type).vector16(data);
        }

        int size() {
            return out.size();
        }

        byte[] toBytes() {
            return out.toByteArray();
        }
    }

    /** A handshake message: type, u24 length, body. */
    static byte[] handshake(int type, byte[] body) {
        return new Writer().u8(type).vector24(body).toBytes();
    }

    /**
     * What a {@link Reader} reads, as a message key: a message or field named by its protocol token ("ServerHello",
     * « le message ServerHello »), a message by its type, a message's extensions, said in the report's language.
     */
    static final class Part {
        static final Reason EXTENSIONS = Reason.of("TlsSession.extensions");
        static final Reason LEAF_STATUS_REQUEST = Reason.of("TlsSession.leafStatusRequest");

        private Part() {
        }

        /** A handshake message named by its token: ServerHello, NewSessionTicket… */
        static Reason message(String token) {
            return Reason.of("TlsSession.message", token);
        }

        /** A field named by its token: certificate_list. */
        static Reason field(String token) {
            return Reason.of("TlsSession.field", token);
        }

        /** An extension named by its token: early_data. */
        static Reason extension(String token) {
            return Reason.of("TlsSession.extension", token);
        }

        /** The extensions block of the message {@code token}. */
        static Reason extensionsOf(String token) {
            return Reason.of("TlsSession.extensionsOf", token);
        }

        /** The extension of {@code type} in the message {@code token}. */
        static Reason extensionOf(String token, int type) {
            return Reason.of("TlsSession.extensionOf", token, type);
        }

        /** A handshake message known by its type only. */
        static Reason handshakeMessage(int type) {
            return Reason.of("TlsSession.handshakeMessage", type);
        }
    }

    static final class Reader {
        private final ByteBuffer b;
        private final Reason what;

        Reader(byte[] data, int offset, Reason what) {
            this.b = ByteBuffer.wrap(data, offset, data.length - offset).slice();
            this.what = what;
        }

        private void need(int n) throws RawTlsException {
            if (b.remaining() < n) {
                throw new RawTlsException(Reason.of("TlsSession.truncated", what, n, b.remaining()));
            }
        }

        int u8() throws RawTlsException {
            need(1);
            return b.get() & 0xff;
        }

        int u16() throws RawTlsException {
            need(2);
            return b.getShort() & 0xffff;
        }

        int u24() throws RawTlsException {
            return (u8() << 16) | u16();
        }

        long u32() throws RawTlsException {
            need(4);
            return b.getInt() & 0xffffffffL;
        }

        byte[] bytes(int n) throws RawTlsException {
            need(n);
            byte[] out = new byte[n];
            b.get(out);
            return out;
        }

        byte[] vector8() throws RawTlsException {
            return bytes(u8());
        }

        byte[] vector16() throws RawTlsException {
            return bytes(u16());
        }

        byte[] vector24() throws RawTlsException {
            return bytes(u24());
        }

        int remaining() {
            return b.remaining();
        }
    }
}
