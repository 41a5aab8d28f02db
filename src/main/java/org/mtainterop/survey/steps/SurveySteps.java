package org.mtainterop.survey.steps;

import io.cucumber.java.Before;
import io.cucumber.java.ParameterType;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.cucumber.java.fr.Alors;
import io.cucumber.java.fr.Quand;
import io.cucumber.java.fr.Soit;
import org.mtainterop.clients.AccessProtocolKind;
import org.mtainterop.survey.SurveyCase;
import org.mtainterop.survey.SurveyExpectation;

/**
 * Client-survey steps: which program, which server case, what is expected. Translation only (house rule 4). Each
 * step is bound in both editions: the English text and the French one (features/fr/clients) on the same method.
 */
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

    @ParameterType(name = "casServeur", value = "est conforme, sur son port TLS implicite|est conforme"
            + "|ne propose pas STARTTLS|répond à STARTTLS par une erreur|interrompt la négociation TLS"
            + "|présente un certificat expiré|présente un certificat pour un autre nom|présente un certificat auto-signé"
            + "|présente un certificat d'une autorité non reconnue|injecte des réponses avant la négociation TLS"
            + "|annonce avant TLS d'autres capacités qu'à l'intérieur|répond en clair sur son port TLS implicite")
    public SurveyCase frenchServerCase(String wording) {
        return SurveyCase.parse(wording);
    }

    @Given("the mail program {word}, configured for {word} with TLS required and the certificate verified")
    @Soit("le programme de messagerie {word}, configuré pour {word} avec TLS exigé et le certificat vérifié")
    public void theMailProgram(String client, String protocol) {
        cell.client(client, AccessProtocolKind.parse(protocol));
    }

    @When("it connects to a server that {serverCase}")
    @Quand("il se connecte à un serveur qui {casServeur}")
    public void itConnects(SurveyCase serverCase) {
        cell.serverCase(serverCase);
    }

    @Then("it logs in inside TLS and does its job")
    @Alors("il s'authentifie dans TLS et fait son travail")
    public void itWorks() {
        cell.expect(SurveyExpectation.CONTROL);
    }

    @Then("it sends no credentials and no mail in plaintext")
    @Alors("il n'envoie ni identifiants ni message en clair")
    public void nothingInPlaintext() {
        cell.expect(SurveyExpectation.CLIENT_01);
    }

    @Then("it sends no credentials and no mail after seeing that certificate")
    @Alors("il n'envoie ni identifiants ni message après avoir vu ce certificat")
    public void nothingAfterABadCertificate() {
        cell.expect(SurveyExpectation.CLIENT_02);
    }

    @Then("it does not take the injected responses for the server's")
    @Alors("il ne prend pas les réponses injectées pour celles du serveur")
    public void notFooledByInjection() {
        cell.expect(SurveyExpectation.CLIENT_03);
    }

    @Then("it reads the capabilities again inside TLS and uses nothing announced only before")
    @Alors("il relit les capacités dans TLS et n'utilise rien de ce qui n'était annoncé qu'avant")
    public void trustsNothingFromBeforeTls() {
        cell.expect(SurveyExpectation.CLIENT_04);
    }

    @Then("it sends nothing in plaintext and does not fall back to STARTTLS")
    @Alors("il n'envoie rien en clair et ne se replie pas sur STARTTLS")
    public void noFallback() {
        cell.expect(SurveyExpectation.CLIENT_05);
    }
}
