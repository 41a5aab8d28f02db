package org.mtainterop.steps;

import io.cucumber.java.Scenario;
import java.util.function.Supplier;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.ProbeCrashedException;
import org.mtainterop.report.ReportLanguage;
import org.mtainterop.report.evidence.VerdictText;
import org.mtainterop.run.ActiveRun;
import org.mtainterop.run.ResultLedger;

/**
 * How every Then step ends (house rule 3, one outcome vocabulary): the verdict attached as "Verdict ID", then the
 * step passes, fails (requirement not met), is skipped or is broken (could not test), as the verdict says.
 */
public final class VerdictStep {
    private VerdictStep() {
    }

    /** Attaches {@code verdict} to {@code scenario} (when there is one) and ends the step accordingly. */
    public static void end(Scenario scenario, Verdict verdict) {
        // the edition the scenario was written in is the language its verdict is put into words in: where it is in
        // the features directory (not a batch's copy of it)
        ReportLanguage language = scenario == null ? ReportLanguage.EN
                : ReportLanguage.ofFeature(ActiveRun.originalOf(scenario.getUri()).orElse(scenario.getUri()));
        if (scenario != null) {
            scenario.attach(VerdictText.render(verdict, language), "text/plain",
                    language.text("verdict.attachment") + " " + verdict.requirementId());
        }
        switch (verdict.outcome()) {
            case PASSED -> { }
            case FAILED -> throw new RequirementNotMetError(verdict.message(language));
            case SKIPPED -> throw new RequirementSkipped(verdict.message(language));
            case BROKEN -> throw new CouldNotTestException(verdict.message(language));
        }
    }

    /**
     * Judges with {@code judge}, notes the verdict in {@code ledger} for the scenario (its message is the result's) and
     * ends the step as the verdict says; a crashed probe ends it as "could not test".
     */
    public static void judge(Scenario scenario, ResultLedger ledger, Supplier<Verdict> judge) {
        Verdict verdict = unlessProbeCrashed(judge);
        if (scenario != null) {
            ledger.noteVerdict(scenario.getId(), verdict);
        }
        end(scenario, verdict);
    }

    /** {@code work}'s result; a crashed probe becomes a {@link CouldNotTestException} (the step is "broken"). */
    public static <T> T unlessProbeCrashed(Supplier<T> work) {
        try {
            return work.get();
        } catch (ProbeCrashedException e) {
            throw new CouldNotTestException(Verdict.COULD_NOT_TEST + e.getMessage());
        }
    }
}
