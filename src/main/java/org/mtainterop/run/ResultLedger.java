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
 * requirement has several scenarios. Verdict texts are noted by test case id while a scenario runs so the
 * result of a passing scenario can still say what was observed.
 */
public final class ResultLedger {
    private final Map<String, Map<String, RequirementResult>> byTarget = new LinkedHashMap<>();
    private final Map<String, Verdict> verdictsByTestCase = new ConcurrentHashMap<>();

    public void noteVerdict(String testCaseId, Verdict verdict) {
        verdictsByTestCase.merge(testCaseId, verdict,
                (a, b) -> b.outcome().severityRank() >= a.outcome().severityRank() ? b : a);
    }

    public Optional<Verdict> verdictOf(String testCaseId) {
        return Optional.ofNullable(verdictsByTestCase.get(testCaseId));
    }

    public synchronized void record(String target, RequirementResult result) {
        byTarget.computeIfAbsent(target, t -> new LinkedHashMap<>())
                .merge(result.requirement(), result, RequirementResult::worst);
    }

    public synchronized List<RequirementResult> resultsOf(String target) {
        return new ArrayList<>(byTarget.getOrDefault(target, Map.of()).values());
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
