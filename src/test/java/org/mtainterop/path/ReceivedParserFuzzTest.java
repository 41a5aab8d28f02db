package org.mtainterop.path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the Received parser (what the operators' servers, or a hostile upstream, wrote into a header): it never
 * throws, and what it calls TLS or cleartext holds the grammar's invariants; anything else carries its reason.
 */
class ReceivedParserFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void receivedChain(byte[] input) {
        ReceivedChain chain = ReceivedChain.of(new String(input, StandardCharsets.UTF_8));
        if (chain.hops().size() > ReceivedChain.MAX_HOPS) {
            throw new IllegalStateException("more hops than the bound: " + chain.hops().size());
        }
        for (ReceivedHop hop : chain.hops()) {
            switch (hop.transport()) {
                case TLS, CLEARTEXT -> {
                    if (hop.byName().isEmpty() || hop.protocol().isEmpty()) {
                        throw new IllegalStateException("a network hop without BY or WITH: " + hop);
                    }
                }
                case LOCAL -> {
                    if (hop.byName().isEmpty()) {
                        throw new IllegalStateException("a local hop without BY: " + hop);
                    }
                }
                case UNPARSEABLE -> {
                    if (hop.problem().isEmpty()) {
                        throw new IllegalStateException("unparseable without a reason: " + hop);
                    }
                }
            }
            if (hop.transport() == ReceivedHop.Transport.CLEARTEXT && hop.tlsVersion().isPresent()) {
                throw new IllegalStateException("cleartext with a TLS version: " + hop);
            }
            hop.describe();
        }
        chain.describe();
    }
}
