package org.mtainterop.published.steps;

import io.cucumber.java.Scenario;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mtainterop.observation.DomainObservation;
import org.mtainterop.observation.ObservedDomainFacts;
import org.mtainterop.policy.DomainCheck;
import org.mtainterop.report.evidence.Attachment;
import org.mtainterop.run.ActiveDomain;
import org.mtainterop.steps.VerdictStep;

/**
 * The per-scenario world of a domain scenario (house rule 6): the mail domain being judged, the domain
 * observations this scenario looked at (their evidence attached once), and the verdict turned into a Cucumber
 * outcome. The domain counterpart of {@code steps/ScenarioTarget}.
 */
public final class ScenarioDomain {
    private final ActiveDomain domain;
    private final Set<DomainObservation<?>> attached = new HashSet<>();
    private Scenario scenario;

    public ScenarioDomain() {
        this.domain = ActiveDomain.current();
    }

    void bind(Scenario cucumberScenario) {
        this.scenario = cucumberScenario;
    }

    /** Looks the observation up in the domain's fact store (made now if nobody has yet) and attaches its evidence. */
    public void observe(DomainObservation<?> observation) {
        attachEvidence(observation);
    }

    /** Judges the requirement on what its check declared it needs and ends the step as the verdict says. */
    public void expect(DomainCheck check) {
        var needs = check.needs();
        needs.forEach(this::attachEvidence);
        ObservedDomainFacts facts = domain.facts().snapshot(needs);
        VerdictStep.judge(scenario, domain.ledger(), () -> check.judge(facts));
    }

    private <T> void attachEvidence(DomainObservation<T> observation) {
        if (!attached.add(observation)) {
            return;
        }
        List<Attachment> evidence = domain.evidenceOf(observation,
                () -> VerdictStep.unlessProbeCrashed(() -> observation.evidence(domain.facts().await(observation))));
        if (scenario != null) {
            evidence.forEach(a -> scenario.attach(a.content(), a.mediaType(), a.name()));
        }
    }
}
