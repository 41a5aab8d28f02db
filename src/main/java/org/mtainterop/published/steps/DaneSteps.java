package org.mtainterop.published.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.mtainterop.observation.DomainObservations;
import org.mtainterop.policy.checks.dane.DaneRecordsValidateCheck;
import org.mtainterop.policy.checks.dane.NoPkixTlsaUsagesCheck;

/** Steps on what a mail domain publishes for DANE (features/dane). Translation only (house rule 4). */
public final class DaneSteps {
    private final ScenarioDomain domain;

    public DaneSteps(ScenarioDomain domain) {
        this.domain = domain;
    }

    @Given("the mail domain under test")
    public void theMailDomain() {
        // the domain is chosen by the run (--domain, the operators file); the hook has bound it to this scenario
    }

    @When("a DANE sender resolves its MX hosts, their addresses and their TLSA records")
    public void theDomainsDns() {
        domain.observe(DomainObservations.DNS_RECORDS);
    }

    @Then("the MX and TLSA records validate under DNSSEC")
    public void mxAndTlsaValidate() {
        domain.expect(new DaneRecordsValidateCheck());
    }

    @Then("no TLSA record uses a PKIX usage")
    public void noPkixUsages() {
        domain.expect(new NoPkixTlsaUsagesCheck());
    }
}
