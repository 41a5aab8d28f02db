package org.mtainterop.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.mtainterop.run.GlueFeatureRun;
import org.mtainterop.run.HarnessHome;

/** features/interop judged from canned matrix facts: one scenario per ordered pair; a failure names the side at fault. */
class InteropFeaturesTest {
    @TempDir
    Path allure;

    @Test
    void eachPairIsAScenarioAndTheFailingOneNamesTheSideAtFault() {
        List<GlueFeatureRun.ScenarioOutcome> outcomes = InteropFeatureRun.judge(CannedInteropMatrix.withOneFailure(),
                HarnessHome.features(), allure);
        assertThat(outcomes).hasSize(9);
        assertThat(outcomes).filteredOn(o -> o.status() == Status.SUCCESSFUL).hasSize(8);
        assertThat(outcomes).filteredOn(o -> o.status() == Status.FAILED).singleElement().satisfies(o -> {
            assertThat(o.name()).endsWith("Exim delivers to OpenSMTPD over verified TLS 1.2 or newer");
            assertThat(o.message()).contains("exim → opensmtpd").contains("at fault: receiver");
        });
        assertThat(allure.toFile().list()).anyMatch(f -> f.endsWith("-result.json"));
    }
}
