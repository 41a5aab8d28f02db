package org.mtainterop.run;

import java.util.Objects;
import java.util.Optional;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.probe.TargetFacts;
import org.mtainterop.sender.SenderFacts;
import org.mtainterop.target.Target;

/**
 * What the Cucumber glue needs to know about the run in progress: which target the features are being
 * judged against, its fact store, the profile, and where results go. Cucumber creates glue objects itself,
 * so the runner publishes this one holder before each launch and withdraws it after; it holds no results
 * of its own (they live in the {@link ResultLedger} the runner owns).
 */
public record ActiveRun(Target target, TargetFacts facts, PolicyProfile profile, ResultLedger ledger,
                        Optional<SenderFacts> sender) {
    private static volatile ActiveRun current;

    /**
     * @param facts  the inbound fact store; null in an outbound run
     * @param sender the outbound fact store when the target is a sending MTA (features/outbound)
     */
    public ActiveRun {
        Objects.requireNonNull(target);
        Objects.requireNonNull(sender);
        if (sender.isEmpty()) {
            Objects.requireNonNull(facts);
        }
    }

    /** An inbound run: the target receives, the harness probes it. */
    public ActiveRun(Target target, TargetFacts facts, PolicyProfile profile, ResultLedger ledger) {
        this(target, facts, profile, ledger, Optional.empty());
    }

    /** An outbound run: the target sends, the adversarial receiver watches it. */
    public static ActiveRun ofSender(Target target, SenderFacts sender, PolicyProfile profile, ResultLedger ledger) {
        return new ActiveRun(target, null, profile, ledger, Optional.of(sender));
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
