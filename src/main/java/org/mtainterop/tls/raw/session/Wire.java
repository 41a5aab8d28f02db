package org.mtainterop.tls.raw.session;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
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

    static final class Reader {
        private final ByteBuffer b;
        private final String what;

        Reader(byte[] data, int offset, String what) {
            this.b = ByteBuffer.wrap(data, offset, data.length - offset).slice();
            this.what = what;
        }

        private void need(int n) throws RawTlsException {
            if (b.remaining() < n) {
                throw new RawTlsException("truncated " + what + ": " + n + " bytes wanted, " + b.remaining() + " left");
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
