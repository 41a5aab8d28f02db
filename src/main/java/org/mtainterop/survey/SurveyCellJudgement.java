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
            return new ClientCell(ClientCellVerdict.NOT_TESTED, Reason.of("SurveyCellJudgement.couldNotMeasure",
                    cell.problem().get()));
        }
        if (cell.run().notApplicable()) {
            return ClientCell.notApplicable(Reason.of("SurveyCellJudgement.cannotConfigure", cell.client(),
                    cell.protocol().label(), cell.surveyCase().mode().label()));
        }
        ClientCell own = ClientCellVerdict.classify(cell.surveyCase().profile(), cell.sessions());
        if (cell.surveyCase().control() || own.verdict().defect()) {
            return own;
        }
        Optional<Reason> suspect = failedControl(result, cell);
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
            Reason observed = Reason.of("SurveyCellJudgement.control", client, protocol.label(),
                    serverCase.mode().label(), control.said(), cell.run().exitCode());
            return control.verdict() == ClientCellVerdict.WORKS ? Verdict.passed(id, observed) : Verdict.failed(id, observed);
        }
        ClientCheck check = ClientChecks.exercisedBy(serverCase.profile()).orElseThrow();
        Verdict judged = check.judge(serverCase.profile(), cell.sessions());
        if (judged.outcome() == Outcome.PASSED) {
            Optional<Reason> suspect = failedControl(result, cell);
            if (suspect.isPresent()) {
                return Verdict.broken(id, suspect.get());
            }
        }
        return judged;
    }

    private static Optional<Reason> failedControl(SurveyResult result, SurveyCell cell) {
        SurveyCase controlCase = cell.surveyCase().controlCase();
        Optional<SurveyCell> control = result.cell(cell.client(), cell.protocol(), controlCase);
        if (control.isEmpty()) {
            return Optional.of(Reason.of("SurveyCellJudgement.noControl", cell.client(), controlCase.label()));
        }
        ClientCell c = ClientCellVerdict.classify(controlCase.profile(), control.get().sessions());
        return c.verdict() == ClientCellVerdict.WORKS ? Optional.empty()
                : Optional.of(Reason.of("SurveyCellJudgement.controlFailed", cell.client(), c.said()));
    }
}
