package org.mtainterop.steps;

import io.cucumber.java.Before;
import io.cucumber.java.Scenario;

/** Binds each scenario to its world object, so evidence and verdicts are attached to the right scenario. */
public final class ScenarioHooks {
    private final ScenarioTarget target;

    public ScenarioHooks(ScenarioTarget target) {
        this.target = target;
    }

    @Before(order = 0)
    public void bindScenario(Scenario scenario) {
        target.bind(scenario);
    }
}
