package org.mtainterop.path.steps;

import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.cucumber.java.fr.Alors;
import io.cucumber.java.fr.Quand;
import io.cucumber.java.fr.Soit;
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
    @Soit("la boîte aux lettres de test de chaque opérateur envoie un message à la boîte aux lettres de test de chaque opérateur")
    public void oneMessagePerPair() {
        // the messages were sent by the path run whose matrix this launch judges
    }

    @When("each message is read from the recipient's mailbox")
    @Quand("chaque message est relevé dans la boîte aux lettres du destinataire")
    public void readFromTheMailbox() {
        // read by the same run: the Received fields of each copy are the facts judged below
    }

    @Then("every hop between the sender's submission service and the recipient's mailbox used TLS")
    @Alors("chaque saut entre le service de soumission de l'expéditeur et la boîte aux lettres du destinataire a employé TLS")
    public void everyHopUsedTls() {
        paths.expectOnEveryPair(Checks::pathEncrypted);
    }

    @Then("every hop lies within the networks the two operators declare")
    @Alors("chaque saut se trouve dans les réseaux que déclarent les deux opérateurs")
    public void everyHopInDeclaredNetworks() {
        paths.expectOnEveryPair(Checks::pathNetworks);
    }

    @Then("the message reaches the recipient's mailbox within the stated time")
    @Alors("le message arrive dans la boîte aux lettres du destinataire dans le délai indiqué")
    public void withinTheStatedTime() {
        paths.expectOnEveryPair(Checks::pathTimely);
    }
}
