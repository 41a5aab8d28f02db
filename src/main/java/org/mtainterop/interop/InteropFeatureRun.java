package org.mtainterop.interop;

import java.nio.file.Path;
import java.util.List;
import org.mtainterop.run.GlueFeatureRun;
import org.mtainterop.run.GlueFeatureRun.ScenarioOutcome;

/**
 * Judges an interop matrix with features/interop through the Cucumber engine (glue
 * {@code org.mtainterop.interop.steps}, Allure plugin): the facts are published once and every scenario of the
 * run reads them.
 */
public final class InteropFeatureRun {
    static final String GLUE = "org.mtainterop.interop.steps";

    private InteropFeatureRun() {
    }

    public static List<ScenarioOutcome> judge(InteropMatrixResult matrix, Path featuresDir, Path allureResults) {
        InteropRunFacts.publish(() -> matrix);
        try {
            return GlueFeatureRun.judge(featuresDir.resolve("interop"), GLUE, "@interop", allureResults);
        } finally {
            InteropRunFacts.withdraw();
        }
    }
}
