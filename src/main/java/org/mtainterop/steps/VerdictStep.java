package org.mtainterop.steps;

import io.cucumber.java.Scenario;
import org.mtainterop.policy.Verdict;
import org.mtainterop.report.evidence.VerdictText;

/**
 * How every Then step ends (house rule 3, one outcome vocabulary): the verdict attached as "Verdict ID", then the
 * step passes, fails (requirement not met), is skipped or is broken (could not test), as the verdict says.
 */
public final class VerdictStep {
    private VerdictStep() {
    }

    /** Attaches {@code verdict} to {@code scenario} (when there is one) and ends the step accordingly. */
    public static void end(Scenario scenario, Verdict verdict) {
        if (scenario != null) {
            scenario.attach(VerdictText.render(verdict), "text/plain", "Verdict " + verdict.requirementId());
        }
        switch (verdict.outcome()) {
            case PASSED -> { }
            case FAILED -> throw new RequirementNotMetError(verdict.message());
            case SKIPPED -> throw new RequirementSkipped(verdict.message());
            case BROKEN -> throw new CouldNotTestException(verdict.message());
        }
    }
}
