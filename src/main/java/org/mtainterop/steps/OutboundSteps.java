package org.mtainterop.steps;

import io.cucumber.java.Before;
import io.cucumber.java.ParameterType;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.cucumber.java.fr.Alors;
import io.cucumber.java.fr.Quand;
import io.cucumber.java.fr.Soit;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.policy.checks.outbound.BadCertificateRefusedCheck;
import org.mtainterop.policy.checks.outbound.DaneEeMatchDeliveredCheck;
import org.mtainterop.policy.checks.outbound.DaneMismatchRefusedCheck;
import org.mtainterop.policy.checks.outbound.InjectedReplyIgnoredCheck;
import org.mtainterop.policy.checks.outbound.NoPlaintextFallbackCheck;
import org.mtainterop.policy.checks.outbound.NoVersionFallbackCheck;
import org.mtainterop.policy.checks.outbound.NothingBeforeStarttlsReadyCheck;
import org.mtainterop.policy.checks.outbound.SenderAllowedGroupsCheck;
import org.mtainterop.policy.checks.outbound.SenderExtendedMasterSecretCheck;
import org.mtainterop.policy.checks.outbound.SenderNoCompressionCheck;
import org.mtainterop.policy.checks.outbound.SenderNoLegacyTlsCheck;
import org.mtainterop.policy.checks.outbound.SenderNoSslCheck;
import org.mtainterop.policy.checks.outbound.SenderNoWeakSuitesCheck;
import org.mtainterop.policy.checks.outbound.SniSentCheck;
import org.mtainterop.policy.checks.outbound.StarttlsUpgradeCheck;
import org.mtainterop.policy.checks.outbound.MtaStsSenderCheck;

/** Outbound steps: the operator's MTA sends, the harness is the receiving MX. Translation only (house rule 4). */
public final class OutboundSteps {
    private final ScenarioSender sender;
    private AdversarialProfile receiver = AdversarialProfile.COMPLIANT;

    public OutboundSteps(ScenarioSender sender) {
        this.sender = sender;
    }

    @Before(value = "@out", order = 1)
    public void bindScenario(Scenario scenario) {
        sender.bind(scenario);
    }

    @ParameterType("[a-z0-9-]+")
    public AdversarialProfile receiverProfile(String label) {
        return AdversarialProfile.parse(label);
    }

    @Given("the sending MTA under test")
    @Soit("le MTA d'envoi évalué")
    public void theSendingMta() {
        // the sender is chosen by the run (outbound run, receive command or test suite)
    }

    @When("it relays a message to an MX that behaves as {receiverProfile}")
    @Quand("il relaie un message vers un MX qui se comporte en {receiverProfile}")
    public void itRelaysTo(AdversarialProfile profile) {
        receiver = profile;
        sender.observe(profile);
    }

    @Then("it upgrades with STARTTLS, greets again and forgets the pre-TLS extensions")
    @Alors("il bascule en TLS par STARTTLS, salue de nouveau et oublie les extensions annoncées avant TLS")
    public void upgradesCleanly() {
        sender.expect(new StarttlsUpgradeCheck());
    }

    @Then("it sends nothing between STARTTLS and the MX's 220")
    @Alors("il n'envoie rien entre STARTTLS et le 220 du MX")
    public void waitsForReady() {
        sender.expect(new NothingBeforeStarttlsReadyCheck());
    }

    @Then("it ignores the lines injected behind the 220")
    @Alors("il ignore les lignes injectées derrière le 220")
    public void ignoresInjection() {
        sender.expect(new InjectedReplyIgnoredCheck());
    }

    @Then("the message is deferred and nothing is sent in plaintext")
    @Alors("le message est différé et rien n'est envoyé en clair")
    public void deferredNotPlaintext() {
        sender.expect(new NoPlaintextFallbackCheck(receiver));
    }

    @Then("its retry offers no older TLS version")
    @Alors("sa nouvelle tentative ne propose aucune version de TLS plus ancienne")
    public void noOlderRetry() {
        sender.expect(new NoVersionFallbackCheck());
    }

    @Then("it refuses the certificate and the message is deferred")
    @Alors("il refuse le certificat et le message est différé")
    public void refusesBadCertificate() {
        sender.expect(new BadCertificateRefusedCheck(receiver));
    }

    @Then("it refuses the MX's chain and the message is deferred")
    @Alors("il refuse la chaîne du MX et le message est différé")
    public void refusesUnauthenticatedDanePeer() {
        sender.expect(new DaneMismatchRefusedCheck(receiver));
    }

    @Then("it delivers the message inside TLS")
    @Alors("il remet le message sous TLS")
    public void deliversToDaneEeMatch() {
        sender.expect(new DaneEeMatchDeliveredCheck());
    }

    @Then("it keeps the message queued rather than deliver to that MX")
    @Alors("il garde le message en file d'attente plutôt que de le remettre à ce MX")
    public void mtaStsDeferred() {
        sender.expect(MtaStsSenderCheck.deferred(receiver));
    }

    @Then("it delivers the message to that MX")
    @Alors("il remet le message à ce MX")
    public void mtaStsDelivered() {
        sender.expect(MtaStsSenderCheck.delivered(receiver));
    }

    @Then("its ClientHello names the MX host in SNI")
    @Alors("son ClientHello désigne le serveur MX dans le SNI")
    public void sendsSni() {
        sender.expect(new SniSentCheck());
    }

    @Then("its ClientHello offers neither SSLv2 nor SSLv3")
    @Alors("son ClientHello ne propose ni SSLv2 ni SSLv3")
    public void noSsl() {
        sender.expect(new SenderNoSslCheck());
    }

    @Then("its ClientHello offers no weak cipher suite")
    @Alors("son ClientHello ne propose aucune suite cryptographique faible")
    public void noWeakSuites() {
        sender.expect(new SenderNoWeakSuitesCheck());
    }

    @Then("its ClientHello offers only allowed key-exchange groups")
    @Alors("son ClientHello ne propose que des groupes d'échange de clés autorisés")
    public void allowedGroups() {
        sender.expect(new SenderAllowedGroupsCheck());
    }

    @Then("its ClientHello offers extended master secret with TLS 1.2")
    @Alors("son ClientHello propose l'extended master secret avec TLS 1.2")
    public void extendedMasterSecret() {
        sender.expect(new SenderExtendedMasterSecretCheck());
    }

    @Then("its ClientHello offers no TLS compression")
    @Alors("son ClientHello ne propose aucune compression TLS")
    public void noCompression() {
        sender.expect(new SenderNoCompressionCheck());
    }

    @Then("it refuses TLS 1.0 and TLS 1.1")
    @Alors("il refuse TLS 1.0 et TLS 1.1")
    public void noLegacyTls() {
        sender.expect(new SenderNoLegacyTlsCheck());
    }
}
