package org.mtainterop.published.steps;

import io.cucumber.java.Before;
import io.cucumber.java.Scenario;

/** Binds each domain scenario to its world object, so evidence and verdicts go to the right scenario. */
public final class DomainHooks {
    private final ScenarioDomain domain;

    public DomainHooks(ScenarioDomain domain) {
        this.domain = domain;
    }

    @Before(order = 0)
    public void bindScenario(Scenario scenario) {
        domain.bind(scenario);
    }
}
