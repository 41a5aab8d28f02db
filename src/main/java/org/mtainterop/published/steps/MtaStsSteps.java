package org.mtainterop.published.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.cucumber.java.fr.Alors;
import io.cucumber.java.fr.Quand;
import org.mtainterop.observation.DomainObservations;
import org.mtainterop.policy.mtasts.MtaStsPolicyCheck;
import org.mtainterop.policy.mtasts.MtaStsPolicyFetchCheck;
import org.mtainterop.policy.mtasts.MtaStsRecordCheck;
import org.mtainterop.policy.mtasts.TlsRptRecordCheck;

/** Steps on what a mail domain publishes for MTA-STS and TLS-RPT (features/mta-sts). Translation only (house rule 4). */
public final class MtaStsSteps {
    private final ScenarioDomain domain;

    public MtaStsSteps(ScenarioDomain domain) {
        this.domain = domain;
    }

    @When("a sender looks up its MTA-STS record and fetches its policy")
    @Quand("un expéditeur cherche son enregistrement MTA-STS et récupère sa politique")
    public void mtaSts() {
        domain.observe(DomainObservations.MTA_STS);
    }

    @When("a sender looks up where to report TLS failures")
    @Quand("un expéditeur cherche où signaler les échecs TLS")
    public void tlsRpt() {
        domain.observe(DomainObservations.MTA_STS);
    }

    @Then("exactly one MTA-STS record names the policy, its id following the policy")
    @Alors("un seul enregistrement MTA-STS annonce la politique, et son identifiant suit la politique")
    public void oneRecord() {
        domain.expect(new MtaStsRecordCheck());
    }

    @Then("the policy is served over HTTPS as senders require")
    @Alors("la politique est servie en HTTPS comme l'exigent les expéditeurs")
    public void servedOverHttps() {
        domain.expect(new MtaStsPolicyFetchCheck());
    }

    @Then("the policy is valid and allows every MX, each with a certificate for its name")
    @Alors("la politique est valide et autorise chaque MX, chacun avec un certificat à son nom")
    public void policyAllowsEveryMx() {
        domain.expect(new MtaStsPolicyCheck());
    }

    @Then("exactly one TLS-RPT record names where to send reports")
    @Alors("un seul enregistrement TLS-RPT indique où envoyer les rapports")
    public void tlsRptRecord() {
        domain.expect(new TlsRptRecordCheck());
    }
}
