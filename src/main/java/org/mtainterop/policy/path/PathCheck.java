package org.mtainterop.policy.path;

import java.util.Set;
import org.mtainterop.net.MailService;
import org.mtainterop.path.PathMatrixResult;
import org.mtainterop.path.PathResult;
import org.mtainterop.policy.Check;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;

/**
 * What PATH-01..03 share: each judges one pair of a {@link PathMatrixResult}, needs that pair measured, and is
 * broken (could not test) when the pair was not part of the run.
 */
abstract class PathCheck implements Check<PathPair, PathMatrixResult> {
    private final PathPair pair;

    PathCheck(String sender, String receiver) {
        this.pair = new PathPair(sender, receiver);
    }

    @Override
    public final Set<PathPair> needs(MailService service) {
        return Set.of(pair);
    }

    @Override
    public final Verdict judge(PathMatrixResult matrix) {
        return matrix.cell(pair.sender(), pair.receiver()).map(this::judge)
                .orElseGet(() -> Verdict.broken(requirementId(), Reason.of("Path.broken.1", pair)));
    }

    abstract Verdict judge(PathResult result);
}
