package org.mtainterop.interop.steps;

import io.cucumber.java.Before;
import io.cucumber.java.ParameterType;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.cucumber.java.fr.Alors;
import io.cucumber.java.fr.Quand;
import io.cucumber.java.fr.Soit;
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
    @Soit("{mta} exige un certificat vérifié lorsqu'il relaie du courrier")
    public void requiresVerifiedCertificate(ReferenceMta sender) {
        pair.sender(sender);
    }

    @When("{mta} relays a message to {mta}")
    @Quand("{mta} relaie un message vers {mta}")
    public void relays(ReferenceMta sender, ReferenceMta receiver) {
        pair.sender(sender);
        pair.receiver(receiver);
    }

    @Then("the message reaches {mta}'s mailbox over TLS 1.2 or newer, with a verified certificate")
    @Alors("le message arrive dans la boîte aux lettres de {mta} en TLS 1.2 ou plus récent, avec un certificat vérifié")
    public void reachesTheMailbox(ReferenceMta receiver) {
        pair.receiver(receiver);
        pair.expectVerifiedDelivery();
    }
}
