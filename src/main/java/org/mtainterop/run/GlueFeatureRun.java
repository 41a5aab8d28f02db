package org.mtainterop.run;

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
 * Runs one directory of feature files through the Cucumber engine with its own glue package and the Allure plugin,
 * on this thread, where the caller bound the facts they judge ({@link LaunchFacts}): the judging half of the
 * interop matrix and the client survey.
 */
public final class GlueFeatureRun {
    /** One scenario's outcome as Cucumber reported it. */
    public record ScenarioOutcome(String name, TestExecutionResult.Status status, String message) {
    }

    private GlueFeatureRun() {
    }

    /**
     * @param featuresDir the directory of feature files (e.g. features/clients)
     * @param glue        the step package
     * @param tags        a Cucumber tag expression selecting the scenarios
     */
    public static List<ScenarioOutcome> judge(Path featuresDir, String glue, String tags, Path allureResults) {
        if (!Files.isDirectory(featuresDir)) {
            throw new IllegalArgumentException("features directory not found: " + featuresDir);
        }
        List<ScenarioOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        Allure.setLifecycle(new AllureLifecycle(new FileSystemResultsWriter(allureResults)));
        var request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectDirectory(featuresDir.toFile()))
                .filters(EngineFilter.includeEngines("cucumber"))
                .configurationParameter("cucumber.glue", glue)
                .configurationParameter("cucumber.plugin", "io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm")
                .configurationParameter("cucumber.filter.tags", tags)
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
        return List.copyOf(outcomes);
    }
}
