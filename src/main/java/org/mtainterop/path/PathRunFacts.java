package org.mtainterop.path;

import java.util.function.Supplier;
import org.mtainterop.run.LaunchFacts;

/**
 * The path matrix judged by the features/path launch running on this thread ({@link LaunchFacts}): bound by
 * {@link PathFeatureRun} for as long as its launch runs, read by every scenario of it.
 */
public final class PathRunFacts {
    private static final LaunchFacts<PathMatrixResult> JUDGED = new LaunchFacts<>("no path run is active:"
            + " features/path are run by './mta-interop path' or by the test suite");

    private PathRunFacts() {
    }

    static <R> R during(PathMatrixResult matrix, Supplier<R> launch) {
        return JUDGED.during(matrix, launch);
    }

    public static PathMatrixResult matrix() {
        return JUDGED.current();
    }
}
