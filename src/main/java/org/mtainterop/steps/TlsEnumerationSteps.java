package org.mtainterop.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
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
    @When("a sending MTA offers each cipher suite in turn")
    @When("a sending MTA offers each key exchange group in turn")
    @When("a sending MTA asks for compression and optional TLS extensions")
    @When("a mail program tries each protocol version in turn")
    @When("a mail program offers each cipher suite in turn")
    @When("a mail program offers each key exchange group in turn")
    @When("a mail program asks for compression and optional TLS extensions")
    public void theTlsOfferIsEnumerated() {
        target.observe(Observations.TLS_ENUMERATION);
    }

    @Then("SSLv2 and SSLv3 are refused")
    public void sslRefused() {
        target.expect(new SslVersionsRefusedCheck());
    }

    @Then("TLS 1.0 and TLS 1.1 are refused")
    public void legacyTlsRefused() {
        target.expect(new LegacyTlsRefusedCheck());
    }

    @Then("no NULL, anonymous, RC4, DES, 3DES, export or weaker than 128-bit suite is accepted")
    public void noWeakSuites() {
        target.expect(new WeakSuitesRefusedCheck());
    }

    @Then("every accepted suite provides forward secrecy")
    public void forwardSecrecy() {
        target.expect(new ForwardSecrecyCheck());
    }

    @Then("every accepted suite is on the ANSSI list and the MX's own order wins")
    @Then("every accepted suite is on the ANSSI list and the server's own order wins")
    public void anssiSuitesInServerOrder() {
        target.expect(new AnssiSuitesAndServerOrderCheck());
    }

    @Then("CBC suites are only used with encrypt-then-MAC")
    public void cbcOnlyWithEtm() {
        target.expect(new CbcOnlyWithEtmCheck());
    }

    @Then("only allowed groups of sufficient strength are accepted")
    public void allowedGroups() {
        target.expect(new AllowedGroupsCheck());
    }

    @Then("finite-field Diffie-Hellman, if used, has at least 2048 bits")
    public void dhePrimeSize() {
        target.expect(new DhePrimeSizeCheck());
    }

    @Then("secure renegotiation is supported")
    public void secureRenegotiation() {
        target.expect(new SecureRenegotiationCheck());
    }

    @Then("the extended master secret is agreed")
    public void extendedMasterSecret() {
        target.expect(new ExtendedMasterSecretCheck());
    }

    @Then("TLS compression is refused")
    public void noCompression() {
        target.expect(new NoCompressionCheck());
    }

    @Then("neither heartbeat nor truncated HMAC is agreed")
    public void noHeartbeat() {
        target.expect(new NoHeartbeatCheck());
    }
}
