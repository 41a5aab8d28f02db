package org.mtainterop.run;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import org.mtainterop.report.allure.RunResultsWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Runs the feature files through the Cucumber engine on the JUnit Platform, the same engine
 * {@code ./mvnw verify} uses, with the Allure plugin and the result ledger attached. A launch is discovered
 * ({@link #prepare}) and then run; the two may happen on different threads, so discovery can go ahead
 * while the target is still being probed. The scenarios of a launch run on the thread that runs it.
 */
final class CucumberLaunch {
    static final String GLUE = "org.mtainterop.steps";
    static final String PLUGINS = "io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm, org.mtainterop.steps.ResultLedgerPlugin";

    /** Allure's lifecycle is process-wide: launches writing to the same results directory share one. */
    private static AllureLifecycle lifecycle;
    private static Path lifecycleResults;

    /** The feature files discovered for one tag expression, ready to run once. */
    record Prepared(String tagExpression, Launcher launcher, TestPlan testPlan) {
    }

    private CucumberLaunch() {
    }

    /**
     * Discovers the scenarios matching {@code tagExpression} in {@code features} (directories or feature files),
     * with Allure writing to {@code allureResults}.
     */
    static Prepared prepare(List<Path> features, String tagExpression, Path allureResults) {
        return prepare(features, tagExpression, allureResults, GLUE, PLUGINS);
    }

    /** As {@link #prepare(List, String, Path)}, with another glue package and plugins (the domain launches). */
    static Prepared prepare(List<Path> features, String tagExpression, Path allureResults, String glue, String plugins) {
        useAllureResults(allureResults);
        return ClassPathLookupsRemembered.during(() -> {
            Launcher launcher = newLauncher();
            return new Prepared(tagExpression, launcher, launcher.discover(request(features, tagExpression, glue, plugins)));
        });
    }

    private static Launcher newLauncher() {
        return LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false).build());
    }

    private static LauncherDiscoveryRequest request(List<Path> features, String tagExpression, String glue,
                                                    String plugins) {
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(features.stream().map(p -> Files.isDirectory(p) ? selectDirectory(p.toFile())
                        : selectFile(p.toFile())).toList())
                .filters(EngineFilter.includeEngines("cucumber"))
                .configurationParameter("cucumber.glue", glue)
                .configurationParameter("cucumber.plugin", plugins)
                .configurationParameter("cucumber.filter.tags", tagExpression)
                .configurationParameter("cucumber.publish.quiet", "true")
                .configurationParameter("cucumber.ansi-colors.disabled", "true")
                .configurationParameter("cucumber.execution.parallel.enabled", "false")
                .build();
    }

    /** Runs a prepared launch on this thread; returns the number of tests found. */
    static long run(Prepared prepared) {
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        ClassPathLookupsRemembered.during(() -> {
            prepared.launcher().execute(prepared.testPlan(), summary);
            return null;
        });
        return summary.getSummary().getTestsFoundCount();
    }

    static long run(Path featuresDir, String tagExpression, Path allureResults) {
        return run(prepare(List.of(featuresDir), tagExpression, allureResults));
    }

    static long run(Path featuresDir, String tagExpression, Path allureResults, String glue, String plugins) {
        return run(prepare(List.of(featuresDir), tagExpression, allureResults, glue, plugins));
    }

    private static synchronized void useAllureResults(Path allureResults) {
        if (lifecycle == null || Allure.getLifecycle() != lifecycle || !allureResults.equals(lifecycleResults)) {
            lifecycle = new AllureLifecycle(new RunResultsWriter(allureResults));
            lifecycleResults = allureResults;
            Allure.setLifecycle(lifecycle);
        }
    }
}
