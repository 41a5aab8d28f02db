package org.mtainterop.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.cucumber.java.fr.Alors;
import io.cucumber.java.fr.Quand;
import io.cucumber.java.fr.Soit;
import org.mtainterop.observation.Observations;
import org.mtainterop.policy.KeyStrengthThresholds;
import org.mtainterop.policy.access.CapabilitiesRenewedInsideTlsCheck;
import org.mtainterop.policy.access.ImplicitTlsOfferedCheck;
import org.mtainterop.policy.access.NoCleartextLoginCheck;
import org.mtainterop.policy.access.TlsOfferedCheck;
import org.mtainterop.policy.checks.CertificateUsageCheck;
import org.mtainterop.policy.checks.ChainTrustedCheck;
import org.mtainterop.policy.checks.HostnameMatchesCheck;
import org.mtainterop.policy.checks.KeyStrengthCheck;
import org.mtainterop.policy.checks.ModernHandshakeCheck;
import org.mtainterop.policy.checks.PipelinedCommandsDiscardedCheck;
import org.mtainterop.policy.checks.Tls12SupportedCheck;
import org.mtainterop.policy.checks.Tls13PreferredCheck;

/**
 * User-access steps: a mail program connects to the operator's submission, IMAP or POP3 service, the
 * harness playing the mail program. Translation only (house rule 4).
 */
public final class AccessSteps {
    private final ScenarioTarget server;

    public AccessSteps(ScenarioTarget server) {
        this.server = server;
    }

    @Given("the mail access service under test")
    @Soit("le service d'accès à la messagerie évalué")
    public void theAccessService() {
        // the target and its service are chosen by the run (--target, --service); the hook bound them
    }

    @When("a mail program connects and asks for the capabilities")
    @Quand("un logiciel de messagerie se connecte et demande les capacités")
    @When("a mail program secures the connection with TLS")
    @Quand("un logiciel de messagerie chiffre la connexion par TLS")
    @When("the service presents its certificate chain")
    @Quand("le service présente sa chaîne de certificats")
    @When("a mail program offers TLS 1.3 and TLS 1.2")
    @Quand("un logiciel de messagerie propose TLS 1.3 et TLS 1.2")
    public void aModernClientDialogue() {
        server.observe(Observations.TLS_DIALOGUE);
    }

    @When("a mail program asks to log in before TLS")
    @Quand("un logiciel de messagerie demande à s'authentifier avant TLS")
    public void aLoginBeforeTls() {
        server.observe(Observations.TLS_DIALOGUE);
        server.observe(Observations.ACCESS_CLEARTEXT_LOGIN);
    }

    @When("a mail program connects to the implicit-TLS port")
    @Quand("un logiciel de messagerie se connecte au port TLS implicite")
    public void theImplicitTlsPort() {
        server.observe(Observations.TLS_DIALOGUE);
        server.observe(Observations.ACCESS_IMPLICIT_TLS_PORT);
    }

    @When("a mail program pipelines a plaintext command behind the TLS command")
    @Quand("un logiciel de messagerie enchaîne une commande en clair derrière la commande TLS")
    public void aPipelinedTlsCommand() {
        server.observe(Observations.PIPELINED_TLS_COMMAND);
    }

    @When("a mail program offers only TLS 1.2")
    @Quand("un logiciel de messagerie ne propose que TLS 1.2")
    public void aTls12OnlyHandshake() {
        server.observe(Observations.HANDSHAKE_TLS12_ONLY);
    }

    @Then("the service offers TLS")
    @Alors("le service propose TLS")
    public void tlsOffered() {
        server.expect(new TlsOfferedCheck());
    }

    @Then("no login is offered or accepted before TLS")
    @Alors("aucune authentification n'est proposée ni acceptée avant TLS")
    public void noCleartextLogin() {
        server.expect(new NoCleartextLoginCheck());
    }

    @Then("TLS is also offered from the first byte")
    @Alors("TLS est aussi proposé dès le premier octet")
    public void implicitTlsOffered() {
        server.expect(new ImplicitTlsOfferedCheck());
    }

    @Then("the plaintext command is discarded")
    @Alors("la commande en clair est ignorée")
    public void pipelinedDiscarded() {
        server.expect(PipelinedCommandsDiscardedCheck.forUserAccess());
    }

    @Then("the capabilities are announced afresh inside TLS")
    @Alors("les capacités sont annoncées de nouveau sous TLS")
    public void capabilitiesRenewed() {
        server.expect(new CapabilitiesRenewedInsideTlsCheck());
    }

    @Then("the mail program's TLS handshake completes")
    @Alors("la négociation TLS du logiciel de messagerie aboutit")
    public void handshakeCompletes() {
        server.expect(new ModernHandshakeCheck());
    }

    @Then("the mail program's TLS 1.2 handshake completes")
    @Alors("la négociation TLS 1.2 du logiciel de messagerie aboutit")
    public void tls12Completes() {
        server.expect(new Tls12SupportedCheck());
    }

    @Then("the mail program's connection uses TLS 1.3")
    @Alors("la connexion du logiciel de messagerie utilise TLS 1.3")
    public void tls13Chosen() {
        server.expect(new Tls13PreferredCheck());
    }

    @Then("the service's certificate key and signatures are strong enough")
    @Alors("la clé et les signatures du certificat du service sont assez robustes")
    public void keysStrongEnough() {
        server.expect(new KeyStrengthCheck(KeyStrengthThresholds.ANSSI));
    }

    @Then("the service's certificate key usages and lifetime suit a TLS server")
    @Alors("les usages de clé et la durée de vie du certificat du service conviennent à un serveur TLS")
    public void certificateUsageAndLifetime() {
        server.expect(new CertificateUsageCheck());
    }

    @Then("the service's chain is complete, unexpired and trusted")
    @Alors("la chaîne du service est complète, non expirée et de confiance")
    public void chainTrusted() {
        server.expect(new ChainTrustedCheck());
    }

    @Then("the certificate names the server name the users configure")
    @Alors("le certificat porte le nom de serveur que configurent les utilisateurs")
    public void certificateNamesServer() {
        server.expect(new HostnameMatchesCheck());
    }
}
