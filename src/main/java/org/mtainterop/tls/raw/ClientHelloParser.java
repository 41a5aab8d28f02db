package org.mtainterop.tls.raw;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mtainterop.net.Said;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

/**
 * Reads a peer's first TLS flight up to the end of its ClientHello, bounded, without a TLS library
 * (RFC 8446 §4.1.2, RFC 5246 §7.4.1.2, SSLv2-compatible hellos per RFC 6101 appendix E.1), so the
 * receiver can record what a sender offered and then hand the very same bytes to JSSE.
 */
public final class ClientHelloParser {
    /** A ClientHello larger than this is refused (real ones are under 2 KB; post-quantum shares stay under 4 KB). */
    public static final int MAX_HELLO_BYTES = 32 * 1024;
    private static final int MAX_RECORD = 16384 + 2048;

    /** The bytes consumed from the stream (to replay into a TLS library) and what they offered. */
    public record Captured(byte[] consumed, ClientHelloOffer hello) {
    }

    private ClientHelloParser() {
    }

    /** Reads records from {@code in} until one whole ClientHello has arrived; never reads past its last record. */
    public static Captured read(InputStream in) throws IOException {
        ByteArrayOutputStream consumed = new ByteArrayOutputStream(1024);
        byte[] header = readFully(in, 5, consumed);
        if ((header[0] & 0x80) != 0 && header[2] == 1) {
            return readSslv2(in, header, consumed);
        }
        if (header[0] != 22) {
            throw new RawTlsException(Reason.of("RawTls.helloNotHandshake", escape(header)));
        }
        int recordVersion = u16(header, 1);
        ByteArrayOutputStream handshake = new ByteArrayOutputStream(1024);
        int needed = -1;
        while (true) {
            int length = u16(header, 3);
            if (length == 0 || length > MAX_RECORD) {
                throw new RawTlsException(Reason.of("RawTls.helloRecordLength", length));
            }
            handshake.write(readFully(in, length, consumed));
            if (needed < 0 && handshake.size() >= 4) {
                byte[] h = handshake.toByteArray();
                if (h[0] != 1) {
                    throw new RawTlsException(Reason.of("RawTls.helloFirstMessage", h[0] & 0xff));
                }
                needed = 4 + ((h[1] & 0xff) << 16 | u16(h, 2));
                if (needed > MAX_HELLO_BYTES) {
                    throw new RawTlsException(Reason.of("RawTls.helloTooLong", needed, MAX_HELLO_BYTES));
                }
            }
            if (needed >= 0 && handshake.size() >= needed) {
                byte[] message = handshake.toByteArray();
                return new Captured(consumed.toByteArray(), parseHandshake(recordVersion,
                        Arrays.copyOf(message, needed)));
            }
            header = readFully(in, 5, consumed);
            if (header[0] != 22) {
                throw new RawTlsException(Reason.of("RawTls.helloInterrupted", header[0] & 0xff));
            }
        }
    }

    /** Parses one handshake message (type, 24-bit length, body) that should be a ClientHello. */
    public static ClientHelloOffer parseHandshake(int recordVersion, byte[] message) throws RawTlsException {
        Reader r = new Reader(message);
        if (r.u8() != 1) {
            throw new RawTlsException(Reason.of("RawTls.notAClientHello"));
        }
        int length = r.u24();
        if (length != message.length - 4) {
            throw new RawTlsException(Reason.of("RawTls.helloLength", length, message.length - 4));
        }
        int legacyVersion = r.u16();
        r.skip(32); // random
        r.skip(r.u8()); // session id
        int suitesLength = r.u16();
        if (suitesLength % 2 != 0) {
            throw new RawTlsException(Reason.of("RawTls.helloOddSuites", suitesLength));
        }
        List<Integer> suites = new ArrayList<>();
        Reader suiteReader = r.sub(suitesLength);
        while (suiteReader.remaining() > 0) {
            suites.add(suiteReader.u16());
        }
        List<Integer> compression = new ArrayList<>();
        Reader compressionReader = r.sub(r.u8());
        while (compressionReader.remaining() > 0) {
            compression.add(compressionReader.u8());
        }
        List<Integer> versions = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        Optional<String> sni = Optional.empty();
        if (r.remaining() > 0) {
            Reader extensions = r.sub(r.u16());
            while (extensions.remaining() > 0) {
                int type = extensions.u16();
                Reader body = extensions.sub(extensions.u16());
                types.add(type);
                switch (type) {
                    case ClientHelloOffer.EXT_SERVER_NAME -> sni = serverName(body);
                    case ClientHelloOffer.EXT_SUPPORTED_GROUPS -> {
                        Reader list = body.sub(body.u16());
                        while (list.remaining() > 0) {
                            groups.add(list.u16());
                        }
                    }
                    case ClientHelloOffer.EXT_SUPPORTED_VERSIONS -> {
                        Reader list = body.sub(body.u8());
                        while (list.remaining() > 0) {
                            versions.add(list.u16());
                        }
                    }
                    default -> { }
                }
            }
        }
        if (r.remaining() != 0) {
            throw new RawTlsException(Reason.of("RawTls.helloTrailing", r.remaining()));
        }
        return new ClientHelloOffer(false, recordVersion, legacyVersion, versions, suites, compression, groups, sni,
                types, message.length);
    }

    private static Optional<String> serverName(Reader body) throws RawTlsException {
        Reader list = body.sub(body.u16());
        while (list.remaining() > 0) {
            int nameType = list.u8();
            byte[] name = list.bytes(list.u16());
            if (nameType == 0) {
                return Optional.of(new String(name, StandardCharsets.US_ASCII));
            }
        }
        return Optional.empty();
    }

    private static Captured readSslv2(InputStream in, byte[] header, ByteArrayOutputStream consumed) throws IOException {
        int length = ((header[0] & 0x7f) << 8) | (header[1] & 0xff);
        if (length < 9 || length > MAX_HELLO_BYTES) {
            throw new RawTlsException(Reason.of("RawTls.ssl2HelloLength", length));
        }
        byte[] rest = readFully(in, length - 3, consumed);
        byte[] body = new byte[length];
        System.arraycopy(header, 2, body, 0, 3);
        System.arraycopy(rest, 0, body, 3, rest.length);
        Reader r = new Reader(body);
        r.u8(); // msg type 1
        int version = r.u16();
        int specLength = r.u16();
        int sessionLength = r.u16();
        int challengeLength = r.u16();
        if (specLength % 3 != 0) {
            throw new RawTlsException(Reason.of("RawTls.ssl2CipherSpecs"));
        }
        List<Integer> suites = new ArrayList<>();
        Reader specs = r.sub(specLength);
        while (specs.remaining() > 0) {
            int kind = specs.u8();
            int code = specs.u16();
            suites.add(kind == 0 ? code : 0x10000 | kind << 16 | code); // SSLv2-only kinds kept distinct
        }
        r.skip(sessionLength);
        r.skip(challengeLength);
        return new Captured(consumed.toByteArray(), new ClientHelloOffer(true, ProtocolVersion.SSL_2_0.code(), version,
                List.of(), suites, List.of(0), List.of(), Optional.empty(), List.of(), length + 2));
    }

    private static byte[] readFully(InputStream in, int n, ByteArrayOutputStream consumed) throws IOException {
        byte[] out = new byte[n];
        int off = 0;
        while (off < n) {
            int read = in.read(out, off, n - off);
            if (read < 0) {
                throw new HelloCut(Reason.of("RawTls.helloCut", consumed.size() + off));
            }
            off += read;
        }
        consumed.write(out, 0, n);
        return out;
    }

    /** The connection closed before the whole ClientHello came: an end of stream, said as data. */
    private static final class HelloCut extends EOFException implements Said {
        private static final long serialVersionUID = 1L;
        private final transient Reason said;

        HelloCut(Reason said) {
            super(said.render(ReportLanguage.EN));
            this.said = said;
        }

        @Override
        public Reason said() {
            return said;
        }
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xff) << 8 | (b[at + 1] & 0xff);
    }

    private static String escape(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            int c = b & 0xff;
            out.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\x%02x", c));
        }
        return out.toString();
    }

    /** A bounds-checked cursor over a byte array. */
    private static final class Reader {
        private final byte[] data;
        private int position;
        private final int end;

        Reader(byte[] data) {
            this(data, 0, data.length);
        }

        private Reader(byte[] data, int start, int end) {
            this.data = data;
            this.position = start;
            this.end = end;
        }

        int remaining() {
            return end - position;
        }

        private void need(int n) throws RawTlsException {
            if (n < 0 || n > remaining()) {
                throw new RawTlsException(Reason.of("RawTls.helloTruncated", n, remaining()));
            }
        }

        int u8() throws RawTlsException {
            need(1);
            return data[position++] & 0xff;
        }

        int u16() throws RawTlsException {
            need(2);
            int v = ClientHelloParser.u16(data, position);
            position += 2;
            return v;
        }

        int u24() throws RawTlsException {
            need(3);
            int v = (data[position] & 0xff) << 16 | ClientHelloParser.u16(data, position + 1);
            position += 3;
            return v;
        }

        void skip(int n) throws RawTlsException {
            need(n);
            position += n;
        }

        byte[] bytes(int n) throws RawTlsException {
            need(n);
            byte[] out = Arrays.copyOfRange(data, position, position + n);
            position += n;
            return out;
        }

        Reader sub(int n) throws RawTlsException {
            need(n);
            Reader sub = new Reader(data, position, position + n);
            position += n;
            return sub;
        }
    }
}
