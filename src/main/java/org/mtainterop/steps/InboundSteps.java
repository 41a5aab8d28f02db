package org.mtainterop.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
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
    public void theReceivingMta() {
        // the target is chosen by the run (CLI or test suite); the hook has bound it to this scenario
    }

    @When("a sending MTA greets it with EHLO")
    @When("a sending MTA upgrades the session with STARTTLS")
    @When("the MX presents its certificate chain over STARTTLS")
    @When("a sending MTA offers TLS 1.3 and TLS 1.2")
    public void aModernStarttlsDialogue() {
        mx.observe(Observations.TLS_DIALOGUE);
    }

    @When("a sending MTA pipelines a plaintext command behind STARTTLS")
    public void aPipelinedStarttls() {
        mx.observe(Observations.PIPELINED_TLS_COMMAND);
    }

    @When("a sending MTA sends STARTTLS with an argument")
    public void starttlsWithArgument() {
        mx.observe(Observations.STARTTLS_WITH_ARGUMENT);
    }

    @When("a sending MTA offers early data on a resumed TLS 1.3 session")
    public void earlyDataOffered() {
        mx.observe(Observations.SESSION_TICKETS);
    }

    @When("a partner's MTA starts a mail transaction without STARTTLS")
    public void partnerPlaintextMail() {
        mx.observe(Observations.PARTNER_PLAINTEXT_MAIL);
    }

    @When("a sending MTA offers only TLS 1.2")
    public void aTls12OnlyHandshake() {
        mx.observe(Observations.HANDSHAKE_TLS12_ONLY);
    }

    @When("sending MTAs connect without SNI and with an unknown SNI")
    public void handshakesWithoutUsefulSni() {
        mx.observe(Observations.HANDSHAKE_WITHOUT_SNI);
        mx.observe(Observations.HANDSHAKE_UNKNOWN_SNI);
    }

    @Then("STARTTLS is advertised")
    public void starttlsIsAdvertised() {
        mx.expect(new StarttlsAdvertisedCheck());
    }

    @Then("a mail transaction started before a new EHLO is refused")
    public void stateIsReset() {
        mx.expect(new TlsStateResetCheck());
    }

    @Then("the command is refused with 501")
    public void starttlsArgumentRefused() {
        mx.expect(new StarttlsArgumentRefusedCheck());
    }

    @When("a sending MTA completes TLS handshakes and keeps the session tickets")
    public void sessionTickets() {
        mx.observe(Observations.SESSION_TICKETS);
    }

    @Then("the session tickets live at most 24 hours")
    public void ticketLifetime() {
        mx.expect(new TicketLifetimeCheck());
    }

    @Then("the early data is refused")
    public void earlyDataRefused() {
        mx.expect(new EarlyDataRefusedCheck());
    }

    @Then("the transaction is refused with 530")
    public void partnerTlsRequired() {
        mx.expect(new PartnerTlsRequiredCheck());
    }

    @Then("STARTTLS is not advertised again inside TLS")
    public void starttlsNotReadvertised() {
        mx.expect(new StarttlsNotReadvertisedCheck());
    }

    @Then("the TLS handshake completes")
    public void handshakeCompletes() {
        mx.expect(new ModernHandshakeCheck());
    }

    @Then("the pipelined command is discarded")
    public void pipelinedCommandDiscarded() {
        mx.expect(PipelinedCommandsDiscardedCheck.onPort25());
    }

    @Then("the TLS 1.2 handshake completes")
    public void tls12Completes() {
        mx.expect(new Tls12SupportedCheck());
    }

    @Then("TLS 1.3 is chosen")
    public void tls13Chosen() {
        mx.expect(new Tls13PreferredCheck());
    }

    @Then("the chain is complete, unexpired and trusted")
    public void chainTrusted() {
        mx.expect(new ChainTrustedCheck());
    }

    @Then("the certificate names the MX host")
    public void certificateNamesMx() {
        mx.expect(new HostnameMatchesCheck());
    }

    @Then("the certificate key and signatures are strong enough")
    public void keysStrongEnough() {
        mx.expect(new KeyStrengthCheck(KeyStrengthThresholds.ANSSI));
    }

    @Then("the certificate's key usages and lifetime suit a TLS server")
    public void certificateUsageAndLifetime() {
        mx.expect(new CertificateUsageCheck());
    }

    @Then("the certificate says where its revocation status is published")
    public void revocationInformation() {
        mx.expect(new RevocationInfoCheck());
    }

    @Then("both handshakes complete")
    public void bothHandshakesComplete() {
        mx.expect(new HandshakeWithoutSniCheck());
    }

    @Then("REQUIRETLS is advertised only inside TLS")
    public void requireTlsOnlyInsideTls() {
        mx.expect(new RequireTlsAfterStarttlsCheck());
    }
}
