package org.mtainterop.steps;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.TestCaseFinished;
import java.net.URI;
import java.util.Optional;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.Severity;
import org.mtainterop.policy.Verdict;
import org.mtainterop.report.ReportLanguage;
import org.mtainterop.report.RequirementResult;
import org.mtainterop.report.ScenarioTags;
import org.mtainterop.run.ActiveRun;
import org.mtainterop.run.ResultLedger;

/**
 * Turns each finished scenario into a requirement result for the JSON summary and the console. The
 * Cucumber status is authoritative; the verdict noted by the step gives the message. Anything that is not
 * a verdict (an exception in the harness, an undefined step) is "broken", never "failed".
 */
public final class ResultLedgerPlugin implements ConcurrentEventListener {

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
    }

    private void finished(TestCaseFinished event) {
        ActiveRun run = ActiveRun.of(event.getTestCase().getUri()); // in a batch, the target whose copy this is
        // the test case's id lets the ledger combine the cases of one requirement (receive: one per profile met)
        resultOf(event, run.ledger()).ifPresent(result -> run.ledger().record(run.target().name(), result,
                event.getTestCase().getId().toString()));
    }

    /**
     * The requirement result of a finished scenario (none when it tags no requirement): the Cucumber status, and
     * the message of the verdict its step noted in {@code ledger}. Shared with the domain launches' plugin.
     */
    public static Optional<RequirementResult> resultOf(TestCaseFinished event, ResultLedger ledger) {
        ScenarioTags tags = ScenarioTags.of(event.getTestCase().getTags());
        if (tags.requirement().isEmpty()) {
            return Optional.empty();
        }
        String id = tags.requirement().get();
        Result result = event.getResult();
        String testCaseId = event.getTestCase().getId().toString();
        Outcome outcome = outcomeOf(result);
        URI feature = event.getTestCase().getUri();
        // the edition of the feature where it is in the features directory (not a batch's copy of it)
        ReportLanguage language = ReportLanguage.ofFeature(ActiveRun.originalOf(feature).orElse(feature));
        String message = ledger.verdictOf(testCaseId)
                .filter(v -> v.outcome() == outcome)
                .map(v -> v.message(language))
                .orElseGet(() -> messageOf(result, outcome, language));
        return Optional.of(new RequirementResult(id, outcome, tags.severity().orElse(Severity.MUST), tags.profiles(),
                message, result.getDuration().toMillis()));
    }

    private static Outcome outcomeOf(Result result) {
        return switch (result.getStatus()) {
            case PASSED -> Outcome.PASSED;
            case SKIPPED -> Outcome.SKIPPED;
            case FAILED -> result.getError() instanceof AssertionError ? Outcome.FAILED : Outcome.BROKEN;
            default -> Outcome.BROKEN;
        };
    }

    private static String messageOf(Result result, Outcome outcome, ReportLanguage language) {
        Throwable error = result.getError();
        if (error == null) {
            return outcome == Outcome.BROKEN
                    ? Verdict.COULD_NOT_TEST + "harness error: scenario ended " + result.getStatus().name().toLowerCase()
                    : "";
        }
        String text = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        if (outcome == Outcome.BROKEN && !text.startsWith(Verdict.COULD_NOT_TEST)
                && !text.startsWith(Verdict.couldNotTest(language))) {
            return Verdict.COULD_NOT_TEST + "harness error: " + text;
        }
        return text;
    }
}
