package org.mtainterop.interop;

import java.util.function.Supplier;
import org.mtainterop.run.LaunchFacts;

/**
 * The interop matrix judged by the features/interop launch running on this thread ({@link LaunchFacts}): bound
 * by {@link InteropFeatureRun} for as long as its launch runs, read by every scenario of it.
 */
public final class InteropRunFacts {
    private static final LaunchFacts<InteropMatrixResult> JUDGED = new LaunchFacts<>("no interop run is active:"
            + " features/interop are run by './mta-interop interop' or by the test suite");

    private InteropRunFacts() {
    }

    static <R> R during(InteropMatrixResult matrix, Supplier<R> launch) {
        return JUDGED.during(matrix, launch);
    }

    public static InteropMatrixResult matrix() {
        return JUDGED.current();
    }
}
