package org.mtainterop.interop;

import java.nio.file.Path;
import java.util.List;
import org.mtainterop.run.GlueFeatureRun;
import org.mtainterop.run.GlueFeatureRun.ScenarioOutcome;

/**
 * Judges an interop matrix with features/interop through the Cucumber engine (glue
 * {@code org.mtainterop.interop.steps}, Allure plugin) on this thread, with the matrix bound for every scenario
 * of the launch to read ({@link InteropRunFacts}).
 */
public final class InteropFeatureRun {
    static final String GLUE = "org.mtainterop.interop.steps";

    private InteropFeatureRun() {
    }

    public static List<ScenarioOutcome> judge(InteropMatrixResult matrix, Path featuresDir, Path allureResults) {
        return InteropRunFacts.during(matrix,
                () -> GlueFeatureRun.judge(featuresDir.resolve("interop"), GLUE, "@interop", allureResults));
    }
}
