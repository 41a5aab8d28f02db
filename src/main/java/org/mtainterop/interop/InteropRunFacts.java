package org.mtainterop.interop;

import java.util.function.Supplier;

/**
 * The interop matrix of the current run, handed to the steps of features/interop: measured once (lazily, on the
 * first scenario that needs it) and shared by every scenario of the run, then withdrawn by the run that published it.
 */
public final class InteropRunFacts {
    private static volatile Supplier<InteropMatrixResult> current;

    private InteropRunFacts() {
    }

    /** Publishes the facts for one run; the supplier is called at most once. */
    static void publish(Supplier<InteropMatrixResult> facts) {
        Supplier<InteropMatrixResult> once = new Supplier<>() {
            private InteropMatrixResult value;

            @Override
            public synchronized InteropMatrixResult get() {
                if (value == null) {
                    value = facts.get();
                }
                return value;
            }
        };
        current = once;
    }

    static void withdraw() {
        current = null;
    }

    public static InteropMatrixResult matrix() {
        Supplier<InteropMatrixResult> facts = current;
        if (facts == null) {
            throw new IllegalStateException("no interop run is active: features/interop are run by"
                    + " './mta-interop interop' or by the test suite");
        }
        return facts.get();
    }
}
