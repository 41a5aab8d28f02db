package org.mtainterop.published.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.cucumber.java.fr.Alors;
import io.cucumber.java.fr.Quand;
import io.cucumber.java.fr.Soit;
import org.mtainterop.observation.DomainObservations;
import org.mtainterop.policy.checks.dane.DaneRecordsValidateCheck;
import org.mtainterop.policy.checks.dane.DaneTaAnchorSentCheck;
import org.mtainterop.policy.checks.dane.TlsaMatchesEveryChainCheck;
import org.mtainterop.policy.checks.dane.NoPkixTlsaUsagesCheck;

/** Steps on what a mail domain publishes for DANE (features/dane). Translation only (house rule 4). */
public final class DaneSteps {
    private final ScenarioDomain domain;

    public DaneSteps(ScenarioDomain domain) {
        this.domain = domain;
    }

    @Given("the mail domain under test")
    @Soit("le domaine de messagerie évalué")
    public void theMailDomain() {
        // the domain is chosen by the run (--domain, the operators file); the hook has bound it to this scenario
    }

    @When("a DANE sender resolves its MX hosts, their addresses and their TLSA records")
    @Quand("un expéditeur DANE résout ses serveurs MX, leurs adresses et leurs enregistrements TLSA")
    public void theDomainsDns() {
        domain.observe(DomainObservations.DNS_RECORDS);
    }

    @When("a DANE sender compares the TLSA records with the chain each MX address presents")
    @Quand("un expéditeur DANE compare les enregistrements TLSA à la chaîne que présente chaque adresse MX")
    public void theChainsPresented() {
        domain.observe(DomainObservations.DANE_CHAINS);
    }

    @Then("a usable TLSA record authenticates every chain presented")
    @Alors("un enregistrement TLSA utilisable authentifie chaque chaîne présentée")
    public void everyChainAuthenticated() {
        domain.expect(new TlsaMatchesEveryChainCheck());
    }

    @Then("every chain presented includes the DANE-TA trust anchor")
    @Alors("chaque chaîne présentée contient l'ancre de confiance DANE-TA")
    public void anchorSent() {
        domain.expect(new DaneTaAnchorSentCheck());
    }

    @Then("the MX and TLSA records validate under DNSSEC")
    @Alors("les enregistrements MX et TLSA sont validés par DNSSEC")
    public void mxAndTlsaValidate() {
        domain.expect(new DaneRecordsValidateCheck());
    }

    @Then("no TLSA record uses a PKIX usage")
    @Alors("aucun enregistrement TLSA n'emploie un usage PKIX")
    public void noPkixUsages() {
        domain.expect(new NoPkixTlsaUsagesCheck());
    }
}
