package org.mtainterop.tls.raw.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import org.mtainterop.net.ReadTimedOutException;
import org.mtainterop.policy.Reason;
import org.mtainterop.tls.raw.RawTlsException;

/**
 * TLS records over a socket, bounded: every read is limited by what is left of one deadline (a peer that drips
 * bytes or goes quiet ends with a {@link SocketTimeoutException}, never a hang), every record length and every
 * handshake message length is checked against a cap before anything is buffered. Handshake messages are
 * reassembled across records, and records may carry several.
 */
public final class RecordChannel {
    /** RFC 8446 §5.2: at most 2^14 + 256 bytes of protected fragment; RFC 5246 §6.2.3 allows 2^14 + 2048. */
    public static final int MAX_RECORD = (1 << 14) + 2048;
    /** Far above any real handshake message (a long chain is ~20 KiB). */
    public static final int MAX_HANDSHAKE_MESSAGE = 256 * 1024;

    /** What the client waits for when it reads a record, said in the report's language when a read goes wrong. */
    public enum Awaited {
        SERVER_HELLO("TlsSession.awaitingServerHello"),
        FIRST_FLIGHT("TlsSession.awaitingFirstFlight"),
        ENCRYPTED_FLIGHT("TlsSession.awaitingEncryptedFlight"),
        NEW_SESSION_TICKET("TlsSession.awaitingNewSessionTicket"),
        TICKET_AND_FINISHED("TlsSession.awaitingTicketAndFinished"),
        FINISHED("TlsSession.awaitingFinished");

        private final String key;

        Awaited(String key) {
            this.key = key;
        }

        public Reason said() {
            return Reason.of(key);
        }
    }

    /** One record as read: content type and fragment (still protected when the peer protects). */
    public record Record(int type, byte[] fragment) {
    }

    private static final Reason RECORD_BODY = Reason.of("TlsSession.recordBody");

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private long endNanos;
    private byte[] handshakeBytes = new byte[0];

    public RecordChannel(Socket socket, Duration deadline) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.endNanos = System.nanoTime() + deadline.toNanos();
    }

    /** Shortens the deadline to at most {@code window} from now (waiting for post-handshake messages). */
    public void within(Duration window) {
        endNanos = Math.min(endNanos, System.nanoTime() + window.toNanos());
    }

    public void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** The next record; a closed connection is a {@link RawTlsException} naming what was expected. */
    public Record read(Awaited expecting) throws IOException {
        byte[] header = new byte[5];
        readFully(header, Reason.of("TlsSession.recordHeaderAwaiting", expecting.said()));
        int type = header[0] & 0xff;
        if (type < 20 || type > 24) {
            throw new RawTlsException(Reason.of("TlsSession.notARecord", type, expecting.said()));
        }
        int length = ((header[3] & 0xff) << 8) | (header[4] & 0xff);
        if (length > MAX_RECORD) {
            throw new RawTlsException(Reason.of("RawTls.recordTooLong", length, MAX_RECORD));
        }
        byte[] fragment = new byte[length];
        readFully(fragment, RECORD_BODY);
        return new Record(type, fragment);
    }

    /** Whether bytes the peer sent are already here, to be read without waiting. */
    public boolean hasBufferedBytes() throws IOException {
        return in.available() > 0;
    }

    /** Adds handshake bytes (plaintext, from one record) to the reassembly buffer. */
    public void addHandshakeBytes(byte[] fragment) throws RawTlsException {
        if (handshakeBytes.length + fragment.length > MAX_HANDSHAKE_MESSAGE + 4) {
            throw new RawTlsException(Reason.of("TlsSession.unfinishedOverCap", MAX_HANDSHAKE_MESSAGE));
        }
        byte[] joined = Arrays.copyOf(handshakeBytes, handshakeBytes.length + fragment.length);
        System.arraycopy(fragment, 0, joined, handshakeBytes.length, fragment.length);
        handshakeBytes = joined;
    }

    /** The next complete handshake message (header included), or null when more bytes are needed. */
    public byte[] nextHandshakeMessage() throws RawTlsException {
        if (handshakeBytes.length < 4) {
            return null;
        }
        int length = ((handshakeBytes[1] & 0xff) << 16) | ((handshakeBytes[2] & 0xff) << 8) | (handshakeBytes[3] & 0xff);
        if (length > MAX_HANDSHAKE_MESSAGE) {
            throw new RawTlsException(Reason.of("RawTls.messageOverCap", handshakeBytes[0] & 0xff, length,
                    MAX_HANDSHAKE_MESSAGE));
        }
        if (handshakeBytes.length < 4 + length) {
            return null;
        }
        byte[] message = Arrays.copyOf(handshakeBytes, 4 + length);
        handshakeBytes = Arrays.copyOfRange(handshakeBytes, 4 + length, handshakeBytes.length);
        return message;
    }

    /** Whether handshake bytes of an unfinished message are pending (a key change must not split a message). */
    public boolean handshakePending() {
        return handshakeBytes.length > 0;
    }

    private void readFully(byte[] into, Reason what) throws IOException {
        int off = 0;
        while (off < into.length) {
            long leftMillis = (endNanos - System.nanoTime()) / 1_000_000;
            if (leftMillis <= 0) {
                throw new ReadTimedOutException(Reason.of("TlsSession.deadline", what, off, into.length));
            }
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, Math.max(1, leftMillis)));
            int n;
            try {
                n = in.read(into, off, into.length - off);
            } catch (SocketTimeoutException e) {
                throw new ReadTimedOutException(Reason.of("TlsSession.deadline", what, off, into.length));
            }
            if (n < 0) {
                throw new RawTlsException(Reason.of("TlsSession.closed", what, off, into.length));
            }
            off += n;
        }
    }
}
