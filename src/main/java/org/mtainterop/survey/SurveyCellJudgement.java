package org.mtainterop.survey;

import java.util.Optional;
import org.mtainterop.clients.AccessProtocolKind;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.clients.ClientCell;
import org.mtainterop.policy.clients.ClientCellVerdict;
import org.mtainterop.policy.clients.ClientCheck;
import org.mtainterop.policy.clients.ClientChecks;

/**
 * Judges survey cells: the table's word per cell ({@link ClientCellVerdict}) and the scenarios' verdicts, both from
 * the client checks of {@code policy.clients}. A program that failed its compliant control cannot be called safe in
 * the other cases (its configuration is suspect); a defect it shows is still a defect.
 */
public final class SurveyCellJudgement {
    /** The requirement ID of the compliant control's scenarios (no catalog row: a precondition, not a requirement). */
    public static final String CONTROL_ID = "SURVEY-CONTROL";

    private SurveyCellJudgement() {
    }

    /** The table's word for one cell. */
    public static ClientCell classify(SurveyResult result, SurveyCell cell) {
        if (cell.problem().isPresent()) {
            return new ClientCell(ClientCellVerdict.NOT_TESTED, "could not measure: " + cell.problem().get());
        }
        if (cell.run().notApplicable()) {
            return ClientCell.notApplicable(cell.client() + " cannot be configured for " + cell.protocol().label()
                    + " with " + cell.surveyCase().mode().label() + " TLS");
        }
        ClientCell own = ClientCellVerdict.classify(cell.surveyCase().profile(), cell.sessions());
        if (cell.surveyCase().control() || own.verdict().defect()) {
            return own;
        }
        Optional<String> suspect = failedControl(result, cell);
        return suspect.map(why -> new ClientCell(ClientCellVerdict.NOT_TESTED, why)).orElse(own);
    }

    /** The verdict of one scenario: {@code expectation} for {@code client} over {@code protocol} in {@code serverCase}. */
    public static Verdict verdict(SurveyResult result, String client, AccessProtocolKind protocol, SurveyCase serverCase,
                                  SurveyExpectation expectation) {
        String id = expectation.requirement().orElse(CONTROL_ID);
        if (!expectation.cases().contains(serverCase)) {
            return Verdict.broken(id, Reason.of("SurveyCellJudgement.broken.1",
                    Reason.worded(expectation.then(), expectation.frenchThen()), serverCase.worded(), id));
        }
        Optional<SurveyCell> found = result.cell(client, protocol, serverCase);
        if (found.isEmpty()) {
            return Verdict.skipped(id, Reason.of("SurveyCellJudgement.skipped.1",
                    client, protocol.label(), serverCase.worded()));
        }
        SurveyCell cell = found.get();
        if (cell.problem().isPresent()) {
            return Verdict.broken(id, cell.problem().get());
        }
        if (cell.run().notApplicable()) {
            return Verdict.skipped(id, Reason.of("SurveyCellJudgement.skipped.2",
                    client, protocol.label(), serverCase.mode().label()));
        }
        if (serverCase.control()) {
            ClientCell control = ClientCellVerdict.classify(serverCase.profile(), cell.sessions());
            String observed = client + " over " + protocol.label() + " (" + serverCase.mode().label() + "): "
                    + control.reason() + "; client exit " + cell.run().exitCode();
            return control.verdict() == ClientCellVerdict.WORKS ? Verdict.passed(id, observed) : Verdict.failed(id, observed);
        }
        ClientCheck check = ClientChecks.exercisedBy(serverCase.profile()).orElseThrow();
        Verdict judged = check.judge(serverCase.profile(), cell.sessions());
        if (judged.outcome() == Outcome.PASSED) {
            Optional<String> suspect = failedControl(result, cell);
            if (suspect.isPresent()) {
                return Verdict.broken(id, suspect.get());
            }
        }
        return judged;
    }

    private static Optional<String> failedControl(SurveyResult result, SurveyCell cell) {
        SurveyCase controlCase = cell.surveyCase().controlCase();
        Optional<SurveyCell> control = result.cell(cell.client(), cell.protocol(), controlCase);
        if (control.isEmpty()) {
            return Optional.of(cell.client() + " was not run against a compliant server (" + controlCase.label()
                    + "), so refusing this one proves nothing");
        }
        ClientCell c = ClientCellVerdict.classify(controlCase.profile(), control.get().sessions());
        return c.verdict() == ClientCellVerdict.WORKS ? Optional.empty()
                : Optional.of(cell.client() + " did not work with a compliant server either (" + c.reason()
                        + "): its configuration is suspect, refusing this one proves nothing");
    }
}
