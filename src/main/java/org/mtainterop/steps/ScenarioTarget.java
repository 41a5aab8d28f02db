package org.mtainterop.steps;

import io.cucumber.java.Scenario;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.report.evidence.Attachment;
import org.mtainterop.run.ActiveRun;

/**
 * The per-scenario world (house rule 6): the target being judged, the observations this scenario looked
 * at (their evidence is attached once), and the translation of a verdict into a Cucumber outcome.
 */
public final class ScenarioTarget {
    private final ActiveRun run;
    private final Set<Observation<?>> attached = new HashSet<>();
    private Scenario scenario;

    public ScenarioTarget() {
        this.run = ActiveRun.current();
    }

    void bind(Scenario cucumberScenario) {
        this.scenario = cucumberScenario;
    }

    ActiveRun run() {
        return run;
    }

    /** Looks the observation up in the fact store (running it if nobody has yet) and attaches its evidence. */
    public void observe(Observation<?> observation) {
        attachEvidence(observation);
    }

    /**
     * Judges the requirement on what its check declared it needs (measured now if nobody has yet; their evidence
     * attached) and ends the step as the verdict says: pass, fail, skip or broken.
     */
    public void expect(InboundCheck check) {
        var needs = check.needs(run.facts().service());
        needs.forEach(this::attachEvidence);
        ObservedFacts facts = run.facts().snapshot(needs);
        VerdictStep.judge(scenario, run.ledger(), () -> check.judge(facts));
    }

    private <T> void attachEvidence(Observation<T> observation) {
        if (!attached.add(observation)) {
            return;
        }
        List<Attachment> evidence = run.evidenceOf(observation,
                () -> VerdictStep.unlessProbeCrashed(() -> observation.evidence(run.facts().await(observation))));
        if (scenario != null) {
            evidence.forEach(a -> scenario.attach(a.content(), a.mediaType(), a.name()));
        }
    }
}
