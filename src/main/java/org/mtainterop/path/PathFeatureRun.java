package org.mtainterop.path;

import java.nio.file.Path;
import java.util.List;
import org.mtainterop.run.GlueFeatureRun;
import org.mtainterop.run.GlueFeatureRun.ScenarioOutcome;

/**
 * Judges a path matrix with features/path through the Cucumber engine (glue {@code org.mtainterop.path.steps},
 * Allure plugin) on this thread, the matrix bound for every scenario of the launch ({@link PathRunFacts}).
 */
public final class PathFeatureRun {
    static final String GLUE = "org.mtainterop.path.steps";

    private PathFeatureRun() {
    }

    public static List<ScenarioOutcome> judge(PathMatrixResult matrix, Path featuresDir, Path allureResults) {
        return PathRunFacts.during(matrix,
                () -> GlueFeatureRun.judge(featuresDir.resolve("path"), GLUE, "@path", allureResults));
    }
}
