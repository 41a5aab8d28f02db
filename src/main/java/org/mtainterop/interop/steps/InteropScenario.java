package org.mtainterop.interop.steps;

import io.cucumber.java.Scenario;
import org.mtainterop.interop.InteropMatrixResult;
import org.mtainterop.interop.InteropRunFacts;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.interop.VerifiedInteropDeliveryCheck;
import org.mtainterop.steps.VerdictStep;
import org.mtainterop.target.container.ReferenceMta;

/**
 * The per-scenario world of an interop scenario (house rule 6): the pair it looks at, the run's shared matrix,
 * and the translation of the verdict into a Cucumber outcome with the pair's evidence attached.
 */
public final class InteropScenario {
    private final InteropMatrixResult matrix;
    private Scenario scenario;
    private ReferenceMta sender;
    private ReferenceMta receiver;

    public InteropScenario() {
        this.matrix = InteropRunFacts.matrix();
    }

    void bind(Scenario cucumberScenario) {
        this.scenario = cucumberScenario;
    }

    void sender(ReferenceMta mta) {
        this.sender = mta;
    }

    void receiver(ReferenceMta mta) {
        this.receiver = mta;
    }

    void expectVerifiedDelivery() {
        Verdict verdict = new VerifiedInteropDeliveryCheck(sender.label(), receiver.label()).judge(matrix);
        if (scenario != null) {
            matrix.cell(sender.label(), receiver.label())
                    .ifPresent(r -> scenario.attach(r.evidence(), "text/plain", "Evidence " + r.pair()));
        }
        VerdictStep.end(scenario, verdict);
    }
}
