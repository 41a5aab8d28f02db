package org.mtainterop.receiver;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;

/**
 * The DATA section of one transaction (RFC 5321 §4.1.1.4, §4.5.2): lines up to the lone ".", dot-unstuffed
 * and rejoined with CRLF. Counts past the size limit without storing, so the client can be told 552 after
 * its final "." instead of being cut off mid-message.
 *
 * @param message  the unstuffed message, or as much as fitted when {@code oversized}
 * @param oversized whether the message was larger than the limit
 */
record DotStuffedContent(byte[] message, boolean oversized) {

    static DotStuffedContent read(ClientLineReader reader, long maxBytes) throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream(4096);
        long total = 0;
        while (true) {
            byte[] line = reader.readLine();
            if (line == null) {
                throw new EOFException("connection closed inside DATA");
            }
            if (line.length == 1 && line[0] == '.') {
                return new DotStuffedContent(message.toByteArray(), total > maxBytes);
            }
            int offset = line.length > 0 && line[0] == '.' ? 1 : 0;
            total += line.length - offset + 2;
            if (total <= maxBytes) {
                message.write(line, offset, line.length - offset);
                message.write('\r');
                message.write('\n');
            }
        }
    }
}
