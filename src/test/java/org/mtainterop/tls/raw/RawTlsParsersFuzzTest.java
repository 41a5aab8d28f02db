package org.mtainterop.tls.raw;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/** Fuzzes the raw TLS readers with arbitrary bytes: a parsed value or an IOException, never anything else. */
class RawTlsParsersFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void clientHello(byte[] wire) {
        try {
            ClientHelloParser.read(new ByteArrayInputStream(wire));
        } catch (IOException expected) {
            // RawTlsException or end of input: refused as documented
        }
    }

    @FuzzTest(maxDuration = "60s")
    void serverResponse(byte[] wire) {
        try {
            new TlsResponseReader(64 * 1024).read(new ByteArrayInputStream(wire));
        } catch (IOException expected) {
            // RawTlsException or end of input: refused as documented
        }
    }
}
