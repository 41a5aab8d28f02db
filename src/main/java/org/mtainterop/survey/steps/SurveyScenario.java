package org.mtainterop.survey.steps;

import io.cucumber.java.Scenario;
import org.mtainterop.clients.AccessProtocolKind;
import org.mtainterop.policy.Verdict;
import org.mtainterop.steps.VerdictStep;
import org.mtainterop.survey.SurveyCase;
import org.mtainterop.survey.SurveyCellJudgement;
import org.mtainterop.survey.SurveyExpectation;
import org.mtainterop.survey.SurveyResult;
import org.mtainterop.survey.SurveyRunFacts;

/**
 * The per-scenario world of a survey scenario (house rule 6): the program, protocol and server case it looks at,
 * and the translation of the cell's verdict into a Cucumber outcome with the cell's evidence attached.
 */
public final class SurveyScenario {
    private final SurveyResult result;
    private Scenario scenario;
    private String client;
    private AccessProtocolKind protocol;
    private SurveyCase serverCase;

    public SurveyScenario() {
        this.result = SurveyRunFacts.result();
    }

    void bind(Scenario cucumberScenario) {
        this.scenario = cucumberScenario;
    }

    void client(String name, AccessProtocolKind speaking) {
        this.client = name;
        this.protocol = speaking;
    }

    void serverCase(SurveyCase c) {
        this.serverCase = c;
    }

    void expect(SurveyExpectation expectation) {
        Verdict verdict = SurveyCellJudgement.verdict(result, client, protocol, serverCase, expectation);
        if (scenario != null) {
            result.cell(client, protocol, serverCase)
                    .ifPresent(c -> scenario.attach(c.evidence(), "text/plain", "Evidence " + c.key()));
        }
        VerdictStep.end(scenario, verdict);
    }
}
