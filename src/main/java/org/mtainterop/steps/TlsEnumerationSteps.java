package org.mtainterop.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.cucumber.java.fr.Alors;
import io.cucumber.java.fr.Quand;
import org.mtainterop.policy.checks.AllowedGroupsCheck;
import org.mtainterop.policy.checks.AnssiSuitesAndServerOrderCheck;
import org.mtainterop.policy.checks.CbcOnlyWithEtmCheck;
import org.mtainterop.policy.checks.DhePrimeSizeCheck;
import org.mtainterop.policy.checks.ExtendedMasterSecretCheck;
import org.mtainterop.policy.checks.ForwardSecrecyCheck;
import org.mtainterop.policy.checks.LegacyTlsRefusedCheck;
import org.mtainterop.policy.checks.NoCompressionCheck;
import org.mtainterop.policy.checks.NoHeartbeatCheck;
import org.mtainterop.policy.checks.SecureRenegotiationCheck;
import org.mtainterop.policy.checks.SslVersionsRefusedCheck;
import org.mtainterop.policy.checks.WeakSuitesRefusedCheck;
import org.mtainterop.observation.Observations;

/**
 * Steps for the deep TLS requirements (versions, suites, key exchange, extensions), on port 25 and on the
 * user-access services alike: the checks read the service from the fact store. Translation only (house rule 4).
 */
public final class TlsEnumerationSteps {
    private final ScenarioTarget target;

    public TlsEnumerationSteps(ScenarioTarget target) {
        this.target = target;
    }

    @When("a sending MTA tries each protocol version in turn")
    @Quand("un MTA d'envoi essaie chaque version du protocole tour à tour")
    @When("a sending MTA offers each cipher suite in turn")
    @Quand("un MTA d'envoi propose chaque suite cryptographique tour à tour")
    @When("a sending MTA offers each key exchange group in turn")
    @Quand("un MTA d'envoi propose chaque groupe d'échange de clés tour à tour")
    @When("a sending MTA asks for compression and optional TLS extensions")
    @Quand("un MTA d'envoi demande la compression et des extensions TLS facultatives")
    @When("a mail program tries each protocol version in turn")
    @Quand("un logiciel de messagerie essaie chaque version du protocole tour à tour")
    @When("a mail program offers each cipher suite in turn")
    @Quand("un logiciel de messagerie propose chaque suite cryptographique tour à tour")
    @When("a mail program offers each key exchange group in turn")
    @Quand("un logiciel de messagerie propose chaque groupe d'échange de clés tour à tour")
    @When("a mail program asks for compression and optional TLS extensions")
    @Quand("un logiciel de messagerie demande la compression et des extensions TLS facultatives")
    public void theTlsOfferIsEnumerated() {
        // versions and suites, or the whole enumeration answering for them: whichever the run's plan makes
        target.observeIfPlanned(Observations.TLS_VERSIONS_AND_SUITES);
    }

    @Then("SSLv2 and SSLv3 are refused")
    @Alors("SSLv2 et SSLv3 sont refusés")
    public void sslRefused() {
        target.expect(new SslVersionsRefusedCheck());
    }

    @Then("TLS 1.0 and TLS 1.1 are refused")
    @Alors("TLS 1.0 et TLS 1.1 sont refusés")
    public void legacyTlsRefused() {
        target.expect(new LegacyTlsRefusedCheck());
    }

    @Then("no NULL, anonymous, RC4, DES, 3DES, export or weaker than 128-bit suite is accepted")
    @Alors("aucune suite NULL, anonyme, RC4, DES, 3DES, export ou de moins de 128 bits n'est acceptée")
    public void noWeakSuites() {
        target.expect(new WeakSuitesRefusedCheck());
    }

    @Then("every accepted suite provides forward secrecy")
    @Alors("chaque suite acceptée assure la confidentialité persistante")
    public void forwardSecrecy() {
        target.expect(new ForwardSecrecyCheck());
    }

    @Then("every accepted suite is on the ANSSI list and the MX's own order wins")
    @Alors("chaque suite acceptée figure sur la liste de l'ANSSI et l'ordre du MX prévaut")
    @Then("every accepted suite is on the ANSSI list and the server's own order wins")
    @Alors("chaque suite acceptée figure sur la liste de l'ANSSI et l'ordre du serveur prévaut")
    public void anssiSuitesInServerOrder() {
        target.expect(new AnssiSuitesAndServerOrderCheck());
    }

    @Then("CBC suites are only used with encrypt-then-MAC")
    @Alors("les suites CBC ne sont employées qu'avec encrypt-then-MAC")
    public void cbcOnlyWithEtm() {
        target.expect(new CbcOnlyWithEtmCheck());
    }

    @Then("only allowed groups of sufficient strength are accepted")
    @Alors("seuls des groupes autorisés et assez robustes sont acceptés")
    public void allowedGroups() {
        target.expect(new AllowedGroupsCheck());
    }

    @Then("finite-field Diffie-Hellman, if used, has at least 2048 bits")
    @Alors("le Diffie-Hellman sur corps fini, s'il est employé, compte au moins 2048 bits")
    public void dhePrimeSize() {
        target.expect(new DhePrimeSizeCheck());
    }

    @Then("secure renegotiation is supported")
    @Alors("la renégociation sécurisée est prise en charge")
    public void secureRenegotiation() {
        target.expect(new SecureRenegotiationCheck());
    }

    @Then("the extended master secret is agreed")
    @Alors("l'extended master secret est convenu")
    public void extendedMasterSecret() {
        target.expect(new ExtendedMasterSecretCheck());
    }

    @Then("TLS compression is refused")
    @Alors("la compression TLS est refusée")
    public void noCompression() {
        target.expect(new NoCompressionCheck());
    }

    @Then("neither heartbeat nor truncated HMAC is agreed")
    @Alors("ni heartbeat ni HMAC tronqué ne sont convenus")
    public void noHeartbeat() {
        target.expect(new NoHeartbeatCheck());
    }
}
