package org.mtainterop.receiver;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads client lines for the server side (the SMTP receivers and the access server), bounded: a line longer than
 * the limit is an error, never a growing buffer; literal bytes (IMAP) are skipped in chunks, never held. Accepts
 * CRLF and bare LF endings (a CR not followed by LF stays in the line). Buffers ahead for speed, so whoever
 * switches the stream to TLS must first call {@link #discardBuffered()}: bytes read ahead in plaintext must never
 * be acted on after the switch (RFC 3207 §4.2, RFC 2595 §3.1, CVE-2011-0411). Not thread-safe; one per
 * connection phase.
 */
public final class ClientLineReader {
    /** RFC 5321 §4.5.3.1.6: a text line is at most 1000 octets with its CRLF; we allow 1000 before it. */
    public static final int MAX_LINE_OCTETS = 1000;

    private final InputStream in;
    private final int maxLineOctets;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;

    /** The line exceeded the limit; the rest of it was not read. */
    public static final class LineTooLongException extends IOException {
        LineTooLongException(int limit) {
            super("client line longer than " + limit + " octets");
        }
    }

    public ClientLineReader(InputStream in) {
        this(in, MAX_LINE_OCTETS);
    }

    public ClientLineReader(InputStream in, int maxLineOctets) {
        this.in = in;
        this.maxLineOctets = maxLineOctets;
    }

    /** The next line without its ending, or null at end of stream (a partial last line is dropped). */
    public byte[] readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        while (true) {
            if (position == limit && !fill()) {
                return null;
            }
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            line.write(buffer, start, position - start);
            if (position == limit) {
                if (line.size() > maxLineOctets + 1) { // + 1: the CR of a CRLF split across reads
                    throw new LineTooLongException(maxLineOctets);
                }
                continue;
            }
            position++; // the LF
            byte[] bytes = line.toByteArray();
            int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
            if (length > maxLineOctets) {
                throw new LineTooLongException(maxLineOctets);
            }
            return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
        }
    }

    /** How many bytes were read ahead and not yet returned. */
    public int buffered() {
        return limit - position;
    }

    /** Returns and forgets whatever was read ahead and not yet returned (evidence of pipelining). */
    public byte[] takeBuffered() {
        byte[] ahead = Arrays.copyOfRange(buffer, position, limit);
        position = limit;
        return ahead;
    }

    /** Throws away whatever was read ahead and not yet returned; answers how many bytes that was. */
    public int discardBuffered() {
        int discarded = limit - position;
        position = limit;
        return discarded;
    }

    /**
     * Reads exactly {@code count} bytes and keeps at most the first {@code keep} of them (an IMAP literal: its
     * content is needed only when small and harmless). Returns what was kept; throws at end of stream.
     */
    public byte[] readLiteral(long count, int keep) throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream((int) Math.min(keep, Math.max(0, count)));
        long left = count;
        while (left > 0) {
            if (position == limit && !fill()) {
                throw new EOFException("connection closed inside a literal (" + left + " of " + count + " bytes missing)");
            }
            int n = (int) Math.min(left, limit - position);
            int room = keep - kept.size();
            if (room > 0) {
                kept.write(buffer, position, Math.min(room, n));
            }
            position += n;
            left -= n;
        }
        return kept.toByteArray();
    }

    /** The next byte without consuming it, waiting for it if needed; -1 at end of stream. */
    public int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position] & 0xff;
    }

    /** The unread bytes, then the stream: for parsing a ClientHello that arrived where a command was expected. */
    public InputStream remaining() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (position < limit) {
                    int n = Math.min(len, limit - position);
                    System.arraycopy(buffer, position, b, off, n);
                    position += n;
                    return n;
                }
                return in.read(b, off, len);
            }
        };
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer, 0, buffer.length);
        if (read <= 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
