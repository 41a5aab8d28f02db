package org.mtainterop.survey;

import java.util.function.Supplier;
import org.mtainterop.run.LaunchFacts;

/**
 * The client survey judged by the features/clients launch running on this thread ({@link LaunchFacts}): bound
 * by {@link SurveyFeatureRun} for as long as its launch runs, read by every scenario of it.
 */
public final class SurveyRunFacts {
    private static final LaunchFacts<SurveyResult> JUDGED = new LaunchFacts<>("no client survey is active:"
            + " features/clients are run by './mta-interop clients' or by the test suite");

    private SurveyRunFacts() {
    }

    static <R> R during(SurveyResult result, Supplier<R> launch) {
        return JUDGED.during(result, launch);
    }

    public static SurveyResult result() {
        return JUDGED.current();
    }
}
