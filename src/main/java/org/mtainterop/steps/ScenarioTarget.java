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
    private final Set<Observation<?>> attached = new HashSet<>();
    private ActiveRun run;
    private Scenario scenario;

    /** Binds the scenario, and with it the target it judges: the launch's, or in a batch the one its URI names. */
    void bind(Scenario cucumberScenario) {
        this.scenario = cucumberScenario;
        this.run = ActiveRun.of(cucumberScenario.getUri());
    }

    ActiveRun run() {
        if (run == null) {
            throw new IllegalStateException("the scenario was not bound to its target (ScenarioHooks runs first)");
        }
        return run;
    }

    /** Looks the observation up in the fact store (running it if nobody has yet) and attaches its evidence. */
    public void observe(Observation<?> observation) {
        attachEvidence(observation);
    }

    /**
     * Attaches the evidence of {@code observation}, or of the wider one answering it, when the run has asked for it
     * already (its probe plan); otherwise nothing: the scenario's check measures what it needs.
     */
    public void observeIfPlanned(Observation<?> observation) {
        if (run().facts().asked(observation)) {
            attachEvidence(observation);
        }
    }

    /**
     * Judges the requirement on what its check declared it needs (measured now if nobody has yet; their evidence
     * attached) and ends the step as the verdict says: pass, fail, skip or broken.
     */
    public void expect(InboundCheck check) {
        var needs = check.needs(run().facts().service());
        needs.forEach(this::attachEvidence);
        ObservedFacts facts = run().facts().snapshot(needs);
        VerdictStep.judge(scenario, run().ledger(), () -> check.judge(facts));
    }

    private <T> void attachEvidence(Observation<T> asked) {
        Observation<T> observation = run().facts().answering(asked); // one attachment for a wider observation's parts
        if (!attached.add(observation)) {
            return;
        }
        List<Attachment> evidence = run().evidenceOf(observation,
                () -> VerdictStep.unlessProbeCrashed(() -> observation.evidence(run().facts().await(observation))));
        if (scenario != null) {
            evidence.forEach(a -> scenario.attach(a.content(), a.mediaType(), a.name()));
        }
    }
}
