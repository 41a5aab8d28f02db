package org.mtainterop.path;

import java.util.List;
import java.util.Map;
import org.mtainterop.policy.Checks;
import org.mtainterop.policy.Check;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.Verdict;

/** The three path requirements judged on one pair, in catalog order: what the matrix cells and the features show. */
public final class PathVerdicts {
    private PathVerdicts() {
    }

    public static List<Check<?, PathMatrixResult>> checks(String sender, String receiver) {
        return List.of(Checks.pathEncrypted(sender, receiver), Checks.pathNetworks(sender, receiver),
                Checks.pathTimely(sender, receiver));
    }

    public static Map<String, Verdict> of(PathMatrixResult matrix, PathResult r) {
        Map<String, Verdict> verdicts = new java.util.LinkedHashMap<>();
        for (Check<?, PathMatrixResult> c : checks(r.sender(), r.receiver())) {
            verdicts.put(c.requirementId(), c.judge(matrix));
        }
        return verdicts;
    }

    /** The worst outcome: failed over broken over skipped over passed. */
    public static Outcome worst(List<Verdict> verdicts) {
        Outcome worst = Outcome.PASSED;
        for (Verdict v : verdicts) {
            if (rank(v.outcome()) > rank(worst)) {
                worst = v.outcome();
            }
        }
        return worst;
    }

    private static int rank(Outcome o) {
        return switch (o) {
            case PASSED -> 0;
            case SKIPPED -> 1;
            case BROKEN -> 2;
            case FAILED -> 3;
        };
    }
}
