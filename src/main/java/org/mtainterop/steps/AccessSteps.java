package org.mtainterop.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
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
    public void theAccessService() {
        // the target and its service are chosen by the run (--target, --service); the hook bound them
    }

    @When("a mail program connects and asks for the capabilities")
    @When("a mail program secures the connection with TLS")
    @When("the service presents its certificate chain")
    @When("a mail program offers TLS 1.3 and TLS 1.2")
    public void aModernClientDialogue() {
        server.observe(Observations.TLS_DIALOGUE);
    }

    @When("a mail program asks to log in before TLS")
    public void aLoginBeforeTls() {
        server.observe(Observations.TLS_DIALOGUE);
        server.observe(Observations.ACCESS_CLEARTEXT_LOGIN);
    }

    @When("a mail program connects to the implicit-TLS port")
    public void theImplicitTlsPort() {
        server.observe(Observations.TLS_DIALOGUE);
        server.observe(Observations.ACCESS_IMPLICIT_TLS_PORT);
    }

    @When("a mail program pipelines a plaintext command behind the TLS command")
    public void aPipelinedTlsCommand() {
        server.observe(Observations.PIPELINED_TLS_COMMAND);
    }

    @When("a mail program offers only TLS 1.2")
    public void aTls12OnlyHandshake() {
        server.observe(Observations.HANDSHAKE_TLS12_ONLY);
    }

    @Then("the service offers TLS")
    public void tlsOffered() {
        server.expect(new TlsOfferedCheck());
    }

    @Then("no login is offered or accepted before TLS")
    public void noCleartextLogin() {
        server.expect(new NoCleartextLoginCheck());
    }

    @Then("TLS is also offered from the first byte")
    public void implicitTlsOffered() {
        server.expect(new ImplicitTlsOfferedCheck());
    }

    @Then("the plaintext command is discarded")
    public void pipelinedDiscarded() {
        server.expect(PipelinedCommandsDiscardedCheck.forUserAccess());
    }

    @Then("the capabilities are announced afresh inside TLS")
    public void capabilitiesRenewed() {
        server.expect(new CapabilitiesRenewedInsideTlsCheck());
    }

    @Then("the mail program's TLS handshake completes")
    public void handshakeCompletes() {
        server.expect(new ModernHandshakeCheck());
    }

    @Then("the mail program's TLS 1.2 handshake completes")
    public void tls12Completes() {
        server.expect(new Tls12SupportedCheck());
    }

    @Then("the mail program's connection uses TLS 1.3")
    public void tls13Chosen() {
        server.expect(new Tls13PreferredCheck());
    }

    @Then("the service's certificate key and signatures are strong enough")
    public void keysStrongEnough() {
        server.expect(new KeyStrengthCheck(KeyStrengthThresholds.ANSSI));
    }

    @Then("the service's certificate key usages and lifetime suit a TLS server")
    public void certificateUsageAndLifetime() {
        server.expect(new CertificateUsageCheck());
    }

    @Then("the service's chain is complete, unexpired and trusted")
    public void chainTrusted() {
        server.expect(new ChainTrustedCheck());
    }

    @Then("the certificate names the server name the users configure")
    public void certificateNamesServer() {
        server.expect(new HostnameMatchesCheck());
    }
}
