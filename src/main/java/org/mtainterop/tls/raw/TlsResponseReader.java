package org.mtainterop.tls.raw;

import java.io.IOException;
import java.io.InputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mtainterop.policy.Reason;

/**
 * Reads the server's answer to a raw ClientHello: TLS records (handshake, alert, change_cipher_spec,
 * application data) or an SSLv2 SERVER-HELLO. Parses ServerHello, Certificate (count, leaf key curve),
 * ServerKeyExchange and ServerHelloDone; stops at ServerHelloDone, a TLS 1.3 ServerHello, a retry request, the
 * first encrypted record or an alert. Every length is checked against a cap before anything is buffered, so
 * a hostile server cannot make the harness allocate a 10 MiB message.
 */
public final class TlsResponseReader {
    /** RFC 8446 §5.1/§5.2: a record is at most 2^14 bytes of plaintext, 2^14 + 256 (+2048 in TLS 1.2) protected. */
    public static final int MAX_RECORD_LENGTH = (1 << 14) + 2048;
    /** Far above any real first flight (a long certificate chain is ~20 KiB). */
    public static final int DEFAULT_MAX_HANDSHAKE_MESSAGE = 256 * 1024;
    static final byte[] HRR_RANDOM = hex("CF21AD74E59A6111BE1D8C021E65B891C2A211167ABB8C5E079E09E2C8A8339C");

    private final int maxHandshakeMessage;

    public TlsResponseReader(int maxHandshakeMessage) {
        this.maxHandshakeMessage = maxHandshakeMessage;
    }

    public TlsResponseReader() {
        this(DEFAULT_MAX_HANDSHAKE_MESSAGE);
    }

    public ServerResponse read(InputStream in) throws IOException {
        int first = in.read();
        if (first < 0) {
            return new ServerResponse(ServerResponse.End.CLOSED, Optional.empty(), Optional.empty(), Optional.empty(), 0,
                    Optional.empty(), List.of());
        }
        if ((first & 0x80) != 0) {
            return readSsl2(first, in);
        }
        State state = new State();
        int type = first;
        while (true) {
            byte[] header = new byte[4];
            readFully(in, header, Reason.of("RawTls.recordHeader"));
            int length = ((header[2] & 0xff) << 8) | (header[3] & 0xff);
            if (length > MAX_RECORD_LENGTH) {
                throw new RawTlsException(Reason.of("RawTls.recordTooLong", length, MAX_RECORD_LENGTH));
            }
            if (type < 20 || type > 24) {
                throw new RawTlsException(Reason.of("RawTls.notARecord", type));
            }
            byte[] fragment = new byte[length];
            readFully(in, fragment, Reason.of("RawTls.recordBody"));
            Optional<ServerResponse> done = state.accept(type, fragment);
            if (done.isPresent()) {
                return done.get();
            }
            type = in.read();
            if (type < 0) {
                return state.finish(ServerResponse.End.CLOSED);
            }
        }
    }

    private ServerResponse readSsl2(int first, InputStream in) throws IOException {
        int second = in.read();
        if (second < 0) {
            throw new RawTlsException(Reason.of("RawTls.ssl2HeaderTruncated"));
        }
        int length = ((first & 0x7f) << 8) | second;
        if (length < 11) {
            throw new RawTlsException(Reason.of("RawTls.ssl2TooShort", length));
        }
        byte[] body = new byte[length];
        readFully(in, body, Reason.of("RawTls.ssl2Record"));
        ByteBuffer b = ByteBuffer.wrap(body);
        if (b.get() != 4) {
            throw new RawTlsException(Reason.of("RawTls.ssl2NotServerHello", (int) body[0]));
        }
        b.get();
        b.get();
        b.getShort();
        int certLength = b.getShort() & 0xffff;
        int specsLength = b.getShort() & 0xffff;
        b.getShort();
        if (certLength + specsLength > b.remaining() || specsLength % 3 != 0) {
            throw new RawTlsException(Reason.of("RawTls.ssl2Lengths"));
        }
        b.position(b.position() + certLength);
        List<Integer> specs = new ArrayList<>();
        for (int i = 0; i < specsLength / 3; i++) {
            specs.add(((b.get() & 0xff) << 16) | (b.getShort() & 0xffff));
        }
        return new ServerResponse(ServerResponse.End.SSL2_SERVER_HELLO, Optional.empty(), Optional.empty(),
                Optional.empty(), certLength > 0 ? 1 : 0, Optional.empty(), specs);
    }

    /** Accumulates handshake bytes across records and parses each complete message. */
    private final class State {
        private byte[] pending = new byte[0];
        private ServerHello hello;
        private ServerKeyExchange keyExchange;
        private int certificates;
        private Optional<Integer> leafKeyCurve = Optional.empty();

        Optional<ServerResponse> accept(int type, byte[] fragment) throws RawTlsException {
            switch (type) {
                case 21 -> {
                    if (fragment.length < 2) {
                        throw new RawTlsException(Reason.of("RawTls.alertTruncated"));
                    }
                    return Optional.of(new ServerResponse(ServerResponse.End.ALERT, Optional.ofNullable(hello),
                            Optional.of(new TlsAlert(fragment[0] & 0xff, fragment[1] & 0xff)),
                            Optional.ofNullable(keyExchange), certificates, leafKeyCurve, List.of()));
                }
                case 20, 23 -> {
                    return Optional.of(finish(ServerResponse.End.ENCRYPTED));
                }
                case 22 -> {
                    return handshake(fragment);
                }
                default -> {
                    return Optional.empty();
                }
            }
        }

        private Optional<ServerResponse> handshake(byte[] fragment) throws RawTlsException {
            byte[] joined = new byte[pending.length + fragment.length];
            System.arraycopy(pending, 0, joined, 0, pending.length);
            System.arraycopy(fragment, 0, joined, pending.length, fragment.length);
            int pos = 0;
            while (joined.length - pos >= 4) {
                int msgType = joined[pos] & 0xff;
                int length = ((joined[pos + 1] & 0xff) << 16) | ((joined[pos + 2] & 0xff) << 8) | (joined[pos + 3] & 0xff);
                if (length > maxHandshakeMessage) {
                    throw new RawTlsException(Reason.of("RawTls.messageOverCap", msgType, length,
                            maxHandshakeMessage));
                }
                if (joined.length - pos - 4 < length) {
                    break;
                }
                ByteBuffer body = ByteBuffer.wrap(joined, pos + 4, length).slice();
                pos += 4 + length;
                Optional<ServerResponse> done = message(msgType, body);
                if (done.isPresent()) {
                    return done;
                }
            }
            pending = Arrays.copyOfRange(joined, pos, joined.length);
            return Optional.empty();
        }

        private Optional<ServerResponse> message(int type, ByteBuffer body) throws RawTlsException {
            try {
                switch (type) {
                    case 2 -> {
                        hello = HandshakeParsers.serverHello(body);
                        if (hello.helloRetryRequest()) {
                            return Optional.of(finish(ServerResponse.End.HELLO_RETRY_REQUEST));
                        }
                        if (hello.negotiatedVersionCode() == ProtocolVersion.TLS_1_3.code()) {
                            return Optional.of(finish(ServerResponse.End.TLS13_SERVER_HELLO));
                        }
                    }
                    case 11 -> {
                        HandshakeParsers.Certificates c = HandshakeParsers.certificates(body);
                        certificates = c.count();
                        leafKeyCurve = c.leafKeyCurve();
                    }
                    case 12 -> keyExchange = HandshakeParsers.serverKeyExchange(body,
                            hello == null ? CipherSuites.describe(-1) : hello.suite());
                    case 14 -> {
                        return Optional.of(finish(ServerResponse.End.SERVER_HELLO_DONE));
                    }
                    default -> {
                        // CertificateStatus, CertificateRequest: nothing to learn
                    }
                }
            } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new RawTlsException(Reason.of("RawTls.truncatedInside", type));
            }
            if (hello == null && type != 2) {
                throw new RawTlsException(Reason.of("RawTls.beforeServerHello", type));
            }
            return Optional.empty();
        }

        ServerResponse finish(ServerResponse.End end) {
            return new ServerResponse(end, Optional.ofNullable(hello), Optional.empty(), Optional.ofNullable(keyExchange),
                    certificates, leafKeyCurve, List.of());
        }
    }

    private static void readFully(InputStream in, byte[] into, Reason what) throws IOException {
        int off = 0;
        while (off < into.length) {
            int n = in.read(into, off, into.length - off);
            if (n < 0) {
                throw new RawTlsException(Reason.of("RawTls.truncated", what, off, into.length));
            }
            off += n;
        }
    }

    static byte[] hex(String s) {
        byte[] out = new byte[s.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }
}
