package org.mtainterop.receiver;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Fuzzes the receiver's bounded line reader with arbitrary bytes arriving in arbitrary pieces: lines never
 * exceed the limit, and the only exception is LineTooLongException.
 */
class ClientLineReaderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void readLines(FuzzedDataProvider data) throws IOException {
        int limit = data.consumeInt(1, 1100);
        int piece = data.consumeInt(1, 64);
        byte[] wire = data.consumeRemainingAsBytes();
        ClientLineReader reader = new ClientLineReader(new Trickle(wire, piece), limit);
        try {
            byte[] line;
            int lines = 0;
            while ((line = reader.readLine()) != null) {
                if (line.length > limit) {
                    throw new IllegalStateException("line of " + line.length + " bytes over the limit " + limit);
                }
                if (++lines % 7 == 0) {
                    reader.discardBuffered();
                }
            }
        } catch (ClientLineReader.LineTooLongException expected) {
            // refused as documented
        }
    }

    /** Hands out at most {@code piece} bytes per read, as a slow network does. */
    private static final class Trickle extends InputStream {
        private final ByteArrayInputStream bytes;
        private final int piece;

        Trickle(byte[] wire, int piece) {
            this.bytes = new ByteArrayInputStream(wire);
            this.piece = piece;
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return bytes.read(b, off, Math.min(len, piece));
        }
    }
}
