package org.mtainterop.interop;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Judges an interop matrix with features/interop through the Cucumber engine (glue
 * {@code org.mtainterop.interop.steps}, Allure plugin): the facts are published once and every scenario of the
 * run reads them.
 */
public final class InteropFeatureRun {
    static final String GLUE = "org.mtainterop.interop.steps";

    /** One scenario's outcome as Cucumber reported it. */
    public record ScenarioOutcome(String name, TestExecutionResult.Status status, String message) {
    }

    private InteropFeatureRun() {
    }

    public static List<ScenarioOutcome> judge(InteropMatrixResult matrix, Path featuresDir, Path allureResults) {
        if (!Files.isDirectory(featuresDir.resolve("interop"))) {
            throw new IllegalArgumentException("features directory not found: " + featuresDir.resolve("interop"));
        }
        List<ScenarioOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        InteropRunFacts.publish(() -> matrix);
        try {
            Allure.setLifecycle(new AllureLifecycle(new FileSystemResultsWriter(allureResults)));
            var request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectDirectory(featuresDir.resolve("interop").toFile()))
                    .filters(EngineFilter.includeEngines("cucumber"))
                    .configurationParameter("cucumber.glue", GLUE)
                    .configurationParameter("cucumber.plugin", "io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm")
                    .configurationParameter("cucumber.filter.tags", "@interop")
                    .configurationParameter("cucumber.publish.quiet", "true")
                    .configurationParameter("cucumber.ansi-colors.disabled", "true")
                    .configurationParameter("cucumber.execution.parallel.enabled", "false")
                    .build();
            Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                    .enableTestExecutionListenerAutoRegistration(false).build());
            launcher.execute(request, new TestExecutionListener() {
                @Override
                public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                    if (id.isTest()) {
                        outcomes.add(new ScenarioOutcome(id.getDisplayName(), result.getStatus(),
                                result.getThrowable().map(Throwable::getMessage).orElse("")));
                    }
                }
            });
        } finally {
            InteropRunFacts.withdraw();
        }
        return List.copyOf(outcomes);
    }
}
