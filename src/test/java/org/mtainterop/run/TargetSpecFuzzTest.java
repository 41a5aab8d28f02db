package org.mtainterop.run;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/** Fuzzes --target parsing: a spec or an IllegalArgumentException naming the option, never anything else. */
class TargetSpecFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void parse(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            TargetSpec spec = TargetSpec.parse(text);
            if (spec.port() < 1 || spec.port() > 65535 || spec.host().isEmpty()) {
                throw new IllegalStateException("accepted an impossible target " + spec);
            }
            TargetSpec again = TargetSpec.parse(spec.display());
            if (!again.equals(spec)) {
                throw new IllegalStateException("display does not parse back: " + spec + " -> " + again);
            }
        } catch (IllegalArgumentException expected) {
            if (expected.getMessage() == null || !expected.getMessage().startsWith("--target")) {
                throw new IllegalStateException("a usage error must name --target: " + expected.getMessage());
            }
        }
    }
}
