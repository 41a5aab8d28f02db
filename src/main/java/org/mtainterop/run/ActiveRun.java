package org.mtainterop.run;

import java.util.Objects;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.probe.TargetFacts;
import org.mtainterop.target.Target;

/**
 * What the Cucumber glue needs to know about the run in progress: which target the features are being
 * judged against, its fact store, the profile, and where results go. Cucumber creates glue objects itself,
 * so the runner publishes this one holder before each launch and withdraws it after; it holds no results
 * of its own (they live in the {@link ResultLedger} the runner owns).
 */
public record ActiveRun(Target target, TargetFacts facts, PolicyProfile profile, ResultLedger ledger) {
    private static volatile ActiveRun current;

    public ActiveRun {
        Objects.requireNonNull(target);
        Objects.requireNonNull(facts);
    }

    public static ActiveRun current() {
        ActiveRun run = current;
        if (run == null) {
            throw new IllegalStateException("no mta-interop run is active: features are run by './mta-interop run'"
                    + " or by the test suite, which set the target first");
        }
        return run;
    }

    static void publish(ActiveRun run) {
        current = run;
    }

    static void withdraw() {
        current = null;
    }
}
