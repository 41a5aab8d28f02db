package org.mtainterop.pki;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/** Fuzzes the PEM reader (--trust-ca files): certificates or an IllegalArgumentException naming the source. */
class PemCodecFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void parseCertificates(byte[] input) {
        String text = new String(input, StandardCharsets.ISO_8859_1);
        try {
            PemCodec.parseCertificates(text, "fuzz.pem").forEach(c -> c.getSubjectX500Principal().getName());
        } catch (IllegalArgumentException expected) {
            if (expected.getMessage() == null || !expected.getMessage().contains("fuzz.pem")) {
                throw new IllegalStateException("the error must name the file: " + expected.getMessage());
            }
        }
    }
}
