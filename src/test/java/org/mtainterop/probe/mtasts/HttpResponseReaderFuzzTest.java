package org.mtainterop.probe.mtasts;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Fuzzes the policy fetcher's HTTP/1.1 response reader with what a hostile policy host may send: a head and a
 * body within the limits, or an {@link IOException} saying what is wrong, never anything else.
 */
class HttpResponseReaderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void response(byte[] input) {
        HttpResponseReader reader = new HttpResponseReader(new ByteArrayInputStream(input), 1024);
        try {
            HttpResponseReader.Head head = reader.readHead();
            if (head.status() < 100 || head.status() > 599 || head.headers().size() > HttpResponseReader.MAX_HEADERS) {
                throw new IllegalStateException("accepted an impossible head " + head);
            }
            HttpResponseReader.Body body = reader.readBody(head);
            if (body.bytes().length > 1024) {
                throw new IllegalStateException("kept more than the limit: " + body.bytes().length);
            }
        } catch (IOException expected) {
            if (expected.getMessage() == null) {
                throw new IllegalStateException("an IOException without a reason", expected);
            }
        }
    }
}
