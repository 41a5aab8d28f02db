package org.mtainterop.run;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.TargetFacts;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.report.evidence.Attachment;
import org.mtainterop.sender.SenderFacts;
import org.mtainterop.target.Target;

/**
 * What the Cucumber glue needs to know about the target being judged: the target, its fact store, the
 * profile, and where results go. Cucumber creates glue objects itself, so the runner runs the target's launch
 * {@link #judging} this holder, which binds it to the launch's thread ({@link LaunchFacts}: each judging
 * thread sees its own target, so several targets can be judged at once); a launch judging a batch binds them all
 * ({@link LaunchTargets}), and a scenario finds its own from the URI of its feature file ({@link #of(URI)}). It holds no results of its own
 * (they live in the {@link ResultLedger} the runner owns); {@code evidence} keeps each observation's
 * attachments as rendered the first time, since every scenario that looks at an observation attaches the
 * same text.
 */
public record ActiveRun(Target target, TargetFacts facts, PolicyProfile profile, ResultLedger ledger,
                        Optional<SenderFacts> sender, Map<Observation<?>, List<Attachment>> evidence) {
    private static final LaunchFacts<LaunchTargets> JUDGED = new LaunchFacts<>("no mta-interop run is active: features"
            + " are run by './mta-interop run' or by the test suite, which set the target first");

    /**
     * @param facts  the inbound fact store; null in an outbound run
     * @param sender the outbound fact store when the target is a sending MTA (features/outbound)
     */
    public ActiveRun {
        Objects.requireNonNull(target);
        Objects.requireNonNull(sender);
        Objects.requireNonNull(evidence);
        if (sender.isEmpty()) {
            Objects.requireNonNull(facts);
        }
    }

    /** An inbound run: the target receives, the harness probes it. */
    public ActiveRun(Target target, TargetFacts facts, PolicyProfile profile, ResultLedger ledger) {
        this(target, facts, profile, ledger, Optional.empty(), new ConcurrentHashMap<>());
    }

    /** An outbound run: the target sends, the adversarial receiver watches it. */
    public static ActiveRun ofSender(Target target, SenderFacts sender, PolicyProfile profile, ResultLedger ledger) {
        return new ActiveRun(target, null, profile, ledger, Optional.of(sender), new ConcurrentHashMap<>());
    }

    /** The attachments of one observation of this target, rendered on first use (a failure is not kept). */
    public List<Attachment> evidenceOf(Observation<?> observation, Supplier<List<Attachment>> render) {
        return evidence.computeIfAbsent(observation, o -> List.copyOf(render.get()));
    }

    /** The target judged on this thread, in a launch of one target. */
    public static ActiveRun current() {
        return JUDGED.current().only();
    }

    /**
     * The target the scenario of feature file {@code scenario} judges in the launch running on this thread: the one
     * target of its launch, or in a batch the target whose feature copies the file is in.
     */
    public static ActiveRun of(URI scenario) {
        return JUDGED.current().of(scenario);
    }

    /**
     * Where the scenario of {@code scenario} is in the features directory, when the launch on this thread runs it
     * from a target's copy (a batch); empty in a launch of one target, or outside a launch.
     */
    public static Optional<URI> originalOf(URI scenario) {
        return JUDGED.isBound() ? JUDGED.current().originalOf(scenario) : Optional.empty();
    }

    /** Runs {@code launch} on this thread with {@code run} as the target its glue judges. */
    static <R> R judging(ActiveRun run, Supplier<R> launch) {
        return JUDGED.during(LaunchTargets.single(run), launch);
    }

    /** Runs {@code launch} on this thread judging the batch {@code targets}, each scenario its own target's. */
    static <R> R judging(LaunchTargets targets, Supplier<R> launch) {
        return JUDGED.during(targets, launch);
    }
}
