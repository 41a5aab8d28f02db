package org.mtainterop.path.steps;

import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.mtainterop.policy.Checks;

/** Path steps: one message per pair of operators, judged hop by hop. Translation only (house rule 4). */
public final class PathSteps {
    private final PathScenario paths;

    public PathSteps(PathScenario paths) {
        this.paths = paths;
    }

    @Before("@path")
    public void bindScenario(Scenario scenario) {
        paths.bind(scenario);
    }

    @Given("each operator's test mailbox sends one message to each operator's test mailbox")
    public void oneMessagePerPair() {
        // the messages were sent by the path run whose matrix this launch judges
    }

    @When("each message is read from the recipient's mailbox")
    public void readFromTheMailbox() {
        // read by the same run: the Received fields of each copy are the facts judged below
    }

    @Then("every hop between the sender's submission service and the recipient's mailbox used TLS")
    public void everyHopUsedTls() {
        paths.expectOnEveryPair(Checks::pathEncrypted);
    }

    @Then("every hop lies within the networks the two operators declare")
    public void everyHopInDeclaredNetworks() {
        paths.expectOnEveryPair(Checks::pathNetworks);
    }

    @Then("the message reaches the recipient's mailbox within the stated time")
    public void withinTheStatedTime() {
        paths.expectOnEveryPair(Checks::pathTimely);
    }
}
