package org.mtainterop.survey.steps;

import io.cucumber.java.Before;
import io.cucumber.java.ParameterType;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.mtainterop.clients.AccessProtocolKind;
import org.mtainterop.survey.SurveyCase;
import org.mtainterop.survey.SurveyExpectation;

/** Client-survey steps: which program, which server case, what is expected. Translation only (house rule 4). */
public final class SurveySteps {
    private final SurveyScenario cell;

    public SurveySteps(SurveyScenario cell) {
        this.cell = cell;
    }

    @Before("@clients")
    public void bindScenario(Scenario scenario) {
        cell.bind(scenario);
    }

    @ParameterType("is compliant, on its implicit-TLS port|is compliant|does not offer STARTTLS"
            + "|answers STARTTLS with an error|aborts the TLS handshake|presents an expired certificate"
            + "|presents a certificate for another name|presents a self-signed certificate"
            + "|presents a certificate from an untrusted authority|injects responses before the TLS handshake"
            + "|announces other capabilities before TLS than inside it|answers in plaintext on its implicit-TLS port")
    public SurveyCase serverCase(String wording) {
        return SurveyCase.parse(wording);
    }

    @Given("the mail program {word}, configured for {word} with TLS required and the certificate verified")
    public void theMailProgram(String client, String protocol) {
        cell.client(client, AccessProtocolKind.parse(protocol));
    }

    @When("it connects to a server that {serverCase}")
    public void itConnects(SurveyCase serverCase) {
        cell.serverCase(serverCase);
    }

    @Then("it logs in inside TLS and does its job")
    public void itWorks() {
        cell.expect(SurveyExpectation.CONTROL);
    }

    @Then("it sends no credentials and no mail in plaintext")
    public void nothingInPlaintext() {
        cell.expect(SurveyExpectation.CLIENT_01);
    }

    @Then("it sends no credentials and no mail after seeing that certificate")
    public void nothingAfterABadCertificate() {
        cell.expect(SurveyExpectation.CLIENT_02);
    }

    @Then("it does not take the injected responses for the server's")
    public void notFooledByInjection() {
        cell.expect(SurveyExpectation.CLIENT_03);
    }

    @Then("it reads the capabilities again inside TLS and uses nothing announced only before")
    public void trustsNothingFromBeforeTls() {
        cell.expect(SurveyExpectation.CLIENT_04);
    }

    @Then("it sends nothing in plaintext and does not fall back to STARTTLS")
    public void noFallback() {
        cell.expect(SurveyExpectation.CLIENT_05);
    }
}
