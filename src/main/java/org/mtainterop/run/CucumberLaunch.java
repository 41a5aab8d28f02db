package org.mtainterop.run;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import java.nio.file.Path;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Runs the feature files through the Cucumber engine on the JUnit Platform, the same engine
 * {@code ./mvnw verify} uses, with the Allure plugin and the result ledger attached.
 */
final class CucumberLaunch {
    static final String GLUE = "org.mtainterop.steps";
    static final String PLUGINS = "io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm, org.mtainterop.steps.ResultLedgerPlugin";

    private CucumberLaunch() {
    }

    static long run(Path featuresDir, String tagExpression, Path allureResults) {
        Allure.setLifecycle(new AllureLifecycle(new FileSystemResultsWriter(allureResults)));
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectDirectory(featuresDir.toFile()))
                .filters(EngineFilter.includeEngines("cucumber"))
                .configurationParameter("cucumber.glue", GLUE)
                .configurationParameter("cucumber.plugin", PLUGINS)
                .configurationParameter("cucumber.filter.tags", tagExpression)
                .configurationParameter("cucumber.publish.quiet", "true")
                .configurationParameter("cucumber.ansi-colors.disabled", "true")
                .configurationParameter("cucumber.execution.parallel.enabled", "false")
                .build();
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false).build());
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        launcher.execute(request, summary);
        return summary.getSummary().getTestsFoundCount();
    }
}
