package org.mtainterop.steps;

import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import org.mtainterop.report.ScenarioTags;
import org.mtainterop.report.allure.AllureScenarioLabels;
import org.mtainterop.run.CatalogLocation;

/** Binds each scenario to its world object and labels it for the report. */
public final class ScenarioHooks {
    private final ScenarioTarget target;

    public ScenarioHooks(ScenarioTarget target) {
        this.target = target;
    }

    @Before(order = 0)
    public void bindScenario(Scenario scenario) {
        target.bind(scenario);
        AllureScenarioLabels.apply(ScenarioTags.of(scenario.getSourceTagNames()), target.run().target().name(),
                CatalogLocation.url());
    }
}
