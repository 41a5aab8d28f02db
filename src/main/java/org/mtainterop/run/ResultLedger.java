package org.mtainterop.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mtainterop.policy.Verdict;
import org.mtainterop.report.RequirementResult;
import org.mtainterop.report.TargetReport;
import org.mtainterop.target.Target;

/**
 * Collects what the scenarios concluded, per target and requirement, keeping the worst result when a
 * requirement has several scenarios, or, when some of its cases were not observed, judging it on the observed
 * ones ({@link RequirementCases}). Verdict texts are noted by test case id while a scenario runs so the
 * result of a passing scenario can still say what was observed.
 */
public final class ResultLedger {
    private final Map<String, Map<String, RequirementCases>> byTarget = new LinkedHashMap<>();
    private final Map<String, Verdict> verdictsByTestCase = new ConcurrentHashMap<>();
    private final Map<String, RequirementCases.Case> casesByTestCase = new ConcurrentHashMap<>();

    public void noteVerdict(String testCaseId, Verdict verdict) {
        verdictsByTestCase.merge(testCaseId, verdict,
                (a, b) -> b.outcome().severityRank() >= a.outcome().severityRank() ? b : a);
    }

    public Optional<Verdict> verdictOf(String testCaseId) {
        return Optional.ofNullable(verdictsByTestCase.get(testCaseId));
    }

    /**
     * Notes which case of its requirement a scenario judged ({@code label}: the receiver profiles it read) and whether
     * that case was observed: a requirement is then judged on its observed cases ({@link RequirementCases}).
     */
    public void noteCase(String testCaseId, String label, boolean observed) {
        casesByTestCase.put(testCaseId, new RequirementCases.Case(label, observed));
    }

    public synchronized void record(String target, RequirementResult result) {
        record(target, result, Optional.empty());
    }

    /** Records one scenario's result, with the case it judged when the scenario noted one. */
    public synchronized void record(String target, RequirementResult result, String testCaseId) {
        record(target, result, Optional.ofNullable(casesByTestCase.get(testCaseId)));
    }

    private void record(String target, RequirementResult result, Optional<RequirementCases.Case> scenarioCase) {
        byTarget.computeIfAbsent(target, t -> new LinkedHashMap<>())
                .computeIfAbsent(result.requirement(), r -> new RequirementCases()).add(result, scenarioCase);
    }

    public synchronized List<RequirementResult> resultsOf(String target) {
        List<RequirementResult> out = new ArrayList<>();
        byTarget.getOrDefault(target, Map.of()).values().forEach(c -> out.add(c.combined()));
        return out;
    }

    /** What the report says of a subject that is not a {@link Target} (a mail domain: port 0, the domain as host). */
    public TargetReport reportOf(String name, String host, int port, String mxName) {
        return new TargetReport(name, host, port, mxName, resultsOf(name));
    }

    /** What the report says of one target: where it was reached, and the results recorded for it so far. */
    public TargetReport reportOf(Target target) {
        return new TargetReport(target.name(), target.endpoint().host(), target.endpoint().port(),
                target.endpoint().referenceName(), resultsOf(target.name()));
    }
}
