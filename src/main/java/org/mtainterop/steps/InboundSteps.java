package org.mtainterop.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.cucumber.java.fr.Alors;
import io.cucumber.java.fr.Quand;
import io.cucumber.java.fr.Soit;
import org.mtainterop.observation.Observations;
import org.mtainterop.policy.KeyStrengthThresholds;
import org.mtainterop.policy.checks.CertificateUsageCheck;
import org.mtainterop.policy.checks.ChainTrustedCheck;
import org.mtainterop.policy.checks.EarlyDataRefusedCheck;
import org.mtainterop.policy.checks.TicketLifetimeCheck;
import org.mtainterop.policy.checks.HandshakeWithoutSniCheck;
import org.mtainterop.policy.checks.HostnameMatchesCheck;
import org.mtainterop.policy.checks.KeyStrengthCheck;
import org.mtainterop.policy.checks.RevocationInfoCheck;
import org.mtainterop.policy.checks.ModernHandshakeCheck;
import org.mtainterop.policy.checks.PartnerTlsRequiredCheck;
import org.mtainterop.policy.checks.PipelinedCommandsDiscardedCheck;
import org.mtainterop.policy.checks.RequireTlsAfterStarttlsCheck;
import org.mtainterop.policy.checks.StarttlsAdvertisedCheck;
import org.mtainterop.policy.checks.StarttlsArgumentRefusedCheck;
import org.mtainterop.policy.checks.StarttlsNotReadvertisedCheck;
import org.mtainterop.policy.checks.Tls12SupportedCheck;
import org.mtainterop.policy.checks.Tls13PreferredCheck;
import org.mtainterop.policy.checks.TlsStateResetCheck;

/** Inbound steps: the operator's MTA receives, the harness is the sending MTA. Translation only (house rule 4). */
public final class InboundSteps {
    private final ScenarioTarget mx;

    public InboundSteps(ScenarioTarget mx) {
        this.mx = mx;
    }

    @Given("the receiving MTA under test")
    @Soit("le MTA de réception évalué")
    public void theReceivingMta() {
        // the target is chosen by the run (CLI or test suite); the hook has bound it to this scenario
    }

    @When("a sending MTA greets it with EHLO")
    @Quand("un MTA d'envoi le salue par EHLO")
    @When("a sending MTA upgrades the session with STARTTLS")
    @Quand("un MTA d'envoi bascule la session en TLS par STARTTLS")
    @When("the MX presents its certificate chain over STARTTLS")
    @Quand("le MX présente sa chaîne de certificats après STARTTLS")
    @When("a sending MTA offers TLS 1.3 and TLS 1.2")
    @Quand("un MTA d'envoi propose TLS 1.3 et TLS 1.2")
    public void aModernStarttlsDialogue() {
        mx.observe(Observations.TLS_DIALOGUE);
    }

    @When("a sending MTA pipelines a plaintext command behind STARTTLS")
    @Quand("un MTA d'envoi enchaîne une commande en clair derrière STARTTLS")
    public void aPipelinedStarttls() {
        mx.observe(Observations.PIPELINED_TLS_COMMAND);
    }

    @When("a sending MTA sends STARTTLS with an argument")
    @Quand("un MTA d'envoi envoie STARTTLS avec un argument")
    public void starttlsWithArgument() {
        mx.observe(Observations.STARTTLS_WITH_ARGUMENT);
    }

    @When("a sending MTA offers early data on a resumed TLS 1.3 session")
    @Quand("un MTA d'envoi propose des données précoces sur une session TLS 1.3 reprise")
    public void earlyDataOffered() {
        mx.observe(Observations.SESSION_TICKETS);
    }

    @When("a partner's MTA starts a mail transaction without STARTTLS")
    @Quand("le MTA d'un partenaire commence une transaction de courrier sans STARTTLS")
    public void partnerPlaintextMail() {
        mx.observe(Observations.PARTNER_PLAINTEXT_MAIL);
    }

    @When("a sending MTA offers only TLS 1.2")
    @Quand("un MTA d'envoi ne propose que TLS 1.2")
    public void aTls12OnlyHandshake() {
        mx.observe(Observations.HANDSHAKE_TLS12_ONLY);
    }

    @When("sending MTAs connect without SNI and with an unknown SNI")
    @Quand("des MTA d'envoi se connectent sans SNI et avec un SNI inconnu")
    public void handshakesWithoutUsefulSni() {
        mx.observe(Observations.HANDSHAKE_WITHOUT_SNI);
        mx.observe(Observations.HANDSHAKE_UNKNOWN_SNI);
    }

    @Then("STARTTLS is advertised")
    @Alors("STARTTLS est annoncé")
    public void starttlsIsAdvertised() {
        mx.expect(new StarttlsAdvertisedCheck());
    }

    @Then("a mail transaction started before a new EHLO is refused")
    @Alors("une transaction de courrier commencée avant un nouvel EHLO est refusée")
    public void stateIsReset() {
        mx.expect(new TlsStateResetCheck());
    }

    @Then("the command is refused with 501")
    @Alors("la commande est refusée par un 501")
    public void starttlsArgumentRefused() {
        mx.expect(new StarttlsArgumentRefusedCheck());
    }

    @When("a sending MTA completes TLS handshakes and keeps the session tickets")
    @Quand("un MTA d'envoi mène des négociations TLS complètes et garde les tickets de session")
    public void sessionTickets() {
        mx.observe(Observations.SESSION_TICKETS);
    }

    @Then("the session tickets live at most 24 hours")
    @Alors("les tickets de session vivent au plus 24 heures")
    public void ticketLifetime() {
        mx.expect(new TicketLifetimeCheck());
    }

    @Then("the early data is refused")
    @Alors("les données précoces sont refusées")
    public void earlyDataRefused() {
        mx.expect(new EarlyDataRefusedCheck());
    }

    @Then("the transaction is refused with 530")
    @Alors("la transaction est refusée par un 530")
    public void partnerTlsRequired() {
        mx.expect(new PartnerTlsRequiredCheck());
    }

    @Then("STARTTLS is not advertised again inside TLS")
    @Alors("STARTTLS n'est plus annoncé sous TLS")
    public void starttlsNotReadvertised() {
        mx.expect(new StarttlsNotReadvertisedCheck());
    }

    @Then("the TLS handshake completes")
    @Alors("la négociation TLS aboutit")
    public void handshakeCompletes() {
        mx.expect(new ModernHandshakeCheck());
    }

    @Then("the pipelined command is discarded")
    @Alors("la commande enchaînée est ignorée")
    public void pipelinedCommandDiscarded() {
        mx.expect(PipelinedCommandsDiscardedCheck.onPort25());
    }

    @Then("the TLS 1.2 handshake completes")
    @Alors("la négociation TLS 1.2 aboutit")
    public void tls12Completes() {
        mx.expect(new Tls12SupportedCheck());
    }

    @Then("TLS 1.3 is chosen")
    @Alors("TLS 1.3 est choisi")
    public void tls13Chosen() {
        mx.expect(new Tls13PreferredCheck());
    }

    @Then("the chain is complete, unexpired and trusted")
    @Alors("la chaîne est complète, non expirée et de confiance")
    public void chainTrusted() {
        mx.expect(new ChainTrustedCheck());
    }

    @Then("the certificate names the MX host")
    @Alors("le certificat porte le nom du serveur MX")
    public void certificateNamesMx() {
        mx.expect(new HostnameMatchesCheck());
    }

    @Then("the certificate key and signatures are strong enough")
    @Alors("la clé et les signatures du certificat sont assez robustes")
    public void keysStrongEnough() {
        mx.expect(new KeyStrengthCheck(KeyStrengthThresholds.ANSSI));
    }

    @Then("the certificate's key usages and lifetime suit a TLS server")
    @Alors("les usages de clé et la durée de vie du certificat conviennent à un serveur TLS")
    public void certificateUsageAndLifetime() {
        mx.expect(new CertificateUsageCheck());
    }

    @Then("the certificate says where its revocation status is published and any OCSP response stapled for it is valid")
    @Alors("le certificat indique où son statut de révocation est publié et toute réponse OCSP agrafée pour lui est valide")
    public void revocationInformation() {
        mx.expect(new RevocationInfoCheck());
    }

    @Then("both handshakes complete")
    @Alors("les deux négociations aboutissent")
    public void bothHandshakesComplete() {
        mx.expect(new HandshakeWithoutSniCheck());
    }

    @Then("REQUIRETLS is advertised only inside TLS")
    @Alors("REQUIRETLS n'est annoncé que sous TLS")
    public void requireTlsOnlyInsideTls() {
        mx.expect(new RequireTlsAfterStarttlsCheck());
    }
}
