package org.mtainterop.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.mtainterop.clients.AccessProtocolKind;
import org.mtainterop.clients.ClientContainer;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.clients.ClientCell;
import org.mtainterop.policy.clients.ClientCellVerdict;
import org.mtainterop.run.GlueFeatureRun.ScenarioOutcome;
import org.mtainterop.run.HarnessHome;
import org.mtainterop.target.container.DockerAvailability;
import org.mtainterop.target.container.GoldenTable;

/**
 * The whole client survey with the real programs of the clients image (and Angus Mail): every program works on
 * the compliant controls, the features judge every cell, and each cell's word equals containers/golden-clients.tsv
 * (shown in containers/README.md; regenerate with -Dgolden.update=true and review the difference).
 */
class ClientSurveyContainerTest {
    private static final GoldenTable GOLDEN = new GoldenTable("golden-clients", "program · protocol",
            "Client survey (golden, asserted in CI)",
            (a, b) -> Integer.compare(SurveyCase.parse(a).ordinal(), SurveyCase.parse(b).ordinal()),
            word -> word.isEmpty() ? "n/a" : word.equals("works") || word.equals("safe") || word.equals("n/a") ? word
                    : "**" + word + "**");

    @Test
    void theRealProgramsAgainstEveryCase() throws IOException {
        DockerAvailability.problem().or(() -> DockerAvailability.missingImage(ClientContainer.IMAGE)).ifPresent(p -> {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(p + " (CI must run the client survey: see .ci/run)");
            }
            Assumptions.abort(p);
        });
        ClientSurvey.Settings all = new ClientSurvey.Settings(List.of(), EnumSet.allOf(AccessProtocolKind.class),
                EnumSet.allOf(SurveyCase.class), 4, Duration.ofSeconds(20));
        SurveyResult survey = ClientSurvey.run(all);
        ClientSurveyReport report = new ClientSurveyReport(survey);
        Path out = HarnessHome.directory().resolve("target/client-survey");
        report.write(out);

        Map<String, String> words = new TreeMap<>();
        Map<String, String> reasons = new TreeMap<>();
        for (SurveyCell cell : survey.cells()) {
            ClientCell word = SurveyCellJudgement.classify(survey, cell);
            String key = cell.client() + " · " + cell.protocol().label() + "\t" + cell.surveyCase().label();
            words.put(key, word.verdict().label());
            reasons.put(key, word.reason());
            if (cell.surveyCase().control() && !cell.run().notApplicable()) {
                assertThat(word.verdict()).as(key + ": " + word.reason() + "\n" + cell.evidence())
                        .isEqualTo(ClientCellVerdict.WORKS);
            }
        }
        assertThat(GOLDEN.differencesFrom(words, reasons::get, "ClientSurveyContainerTest")).as(
                "survey cells differ from " + GOLDEN.path() + " (report in " + out + ")").isEmpty();

        List<ScenarioOutcome> outcomes = SurveyFeatureRun.judge(survey, HarnessHome.features(),
                out.resolve("allure-results"), all);
        long defects = survey.cells().stream().filter(c -> SurveyCellJudgement.classify(survey, c).verdict().defect())
                .count();
        assertThat(outcomes).hasSize((int) survey.cells().stream().filter(c -> !c.run().notApplicable()).count());
        assertThat(outcomes.stream().filter(o -> o.status() == Status.FAILED)
                .filter(o -> !o.message().startsWith(Verdict.COULD_NOT_TEST)).count())
                .as("failed scenarios (could-not-test aside) = defect cells").isEqualTo(defects);
        assertThat(Arrays.stream(report.html().split("\n")).filter(l -> l.contains("<td class=\"cell")).count())
                .isPositive();
    }
}
