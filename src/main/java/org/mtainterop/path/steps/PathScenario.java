package org.mtainterop.path.steps;

import io.cucumber.java.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.mtainterop.path.PathMatrixResult;
import org.mtainterop.path.PathResult;
import org.mtainterop.path.PathRunFacts;
import org.mtainterop.path.PathVerdicts;
import org.mtainterop.policy.Check;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.Verdict;
import org.mtainterop.steps.VerdictStep;

/**
 * The per-scenario world of a path scenario (house rule 6): the run's matrix, and one requirement judged on every
 * pair of it. Each pair's verdict and evidence (redacted transcripts, the hops) are attached; the scenario ends as
 * the worst of them, its message one line per pair.
 */
public final class PathScenario {
    private final PathMatrixResult matrix;
    private Scenario scenario;

    public PathScenario() {
        this.matrix = PathRunFacts.matrix();
    }

    void bind(Scenario cucumberScenario) {
        this.scenario = cucumberScenario;
    }

    void expectOnEveryPair(BiFunction<String, String, Check<?, PathMatrixResult>> check) {
        List<Verdict> verdicts = new ArrayList<>();
        String id = check.apply("", "").requirementId();
        for (PathResult r : matrix.results()) {
            Verdict v = check.apply(r.sender(), r.receiver()).judge(matrix);
            verdicts.add(v);
            if (scenario != null) {
                scenario.attach(r.evidence(), "text/plain", "Evidence " + r.pair());
            }
        }
        Outcome worst = verdicts.isEmpty() ? Outcome.BROKEN : PathVerdicts.worst(verdicts);
        String message = verdicts.isEmpty() ? "no pair was measured"
                : String.join("\n", verdicts.stream().map(v -> v.outcome().label() + ": " + v.message()).toList());
        VerdictStep.end(scenario, verdicts.isEmpty() ? Verdict.broken(id, message)
                : new Verdict(id, worst, org.mtainterop.policy.Reason.fact(message)));
    }
}
