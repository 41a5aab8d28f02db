package org.mtainterop.receiver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads client lines for the server side, bounded: a line longer than the limit is an error, never a
 * growing buffer. Accepts CRLF and bare LF endings (a CR not followed by LF stays in the line).
 * Buffers ahead for speed, so whoever switches the stream to TLS must first call {@link #discardBuffered()}:
 * bytes read ahead in plaintext must never be acted on after the switch (RFC 3207 §4.2, CVE-2011-0411).
 * Not thread-safe; one per connection phase.
 */
final class SmtpLineReader {
    /** RFC 5321 §4.5.3.1.6: a text line is at most 1000 octets with its CRLF; we allow 1000 before it. */
    static final int MAX_LINE_OCTETS = 1000;

    private final InputStream in;
    private final int maxLineOctets;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;

    /** The line exceeded the limit; the rest of it was not read. */
    static final class LineTooLongException extends IOException {
        LineTooLongException(int limit) {
            super("client line longer than " + limit + " octets");
        }
    }

    SmtpLineReader(InputStream in) {
        this(in, MAX_LINE_OCTETS);
    }

    SmtpLineReader(InputStream in, int maxLineOctets) {
        this.in = in;
        this.maxLineOctets = maxLineOctets;
    }

    /** The next line without its ending, or null at end of stream (a partial last line is dropped). */
    byte[] readLine() throws IOException {
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
    int buffered() {
        return limit - position;
    }

    /** Returns and forgets whatever was read ahead and not yet returned (evidence of pipelining). */
    byte[] takeBuffered() {
        byte[] ahead = Arrays.copyOfRange(buffer, position, limit);
        position = limit;
        return ahead;
    }

    /** Throws away whatever was read ahead and not yet returned; answers how many bytes that was. */
    int discardBuffered() {
        int discarded = limit - position;
        position = limit;
        return discarded;
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
