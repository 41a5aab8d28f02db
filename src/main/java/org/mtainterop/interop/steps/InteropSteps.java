package org.mtainterop.interop.steps;

import io.cucumber.java.Before;
import io.cucumber.java.ParameterType;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.mtainterop.target.container.ReferenceMta;

/** Interop steps: one reference MTA relays to another. Translation only (house rule 4). */
public final class InteropSteps {
    private final InteropScenario pair;

    public InteropSteps(InteropScenario pair) {
        this.pair = pair;
    }

    @Before("@interop")
    public void bindScenario(Scenario scenario) {
        pair.bind(scenario);
    }

    @ParameterType("Postfix|Exim|OpenSMTPD")
    public ReferenceMta mta(String name) {
        return ReferenceMta.parse(name);
    }

    @Given("{mta} requires a verified certificate when it relays mail")
    public void requiresVerifiedCertificate(ReferenceMta sender) {
        pair.sender(sender);
    }

    @When("{mta} relays a message to {mta}")
    public void relays(ReferenceMta sender, ReferenceMta receiver) {
        pair.sender(sender);
        pair.receiver(receiver);
    }

    @Then("the message reaches {mta}'s mailbox over TLS 1.2 or newer, with a verified certificate")
    public void reachesTheMailbox(ReferenceMta receiver) {
        pair.receiver(receiver);
        pair.expectVerifiedDelivery();
    }
}
