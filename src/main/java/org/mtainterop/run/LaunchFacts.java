package org.mtainterop.run;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The facts one Cucumber launch judges, handed to the glue of that launch: bound to the thread that runs the
 * launch for exactly as long as it runs. The one way step and world classes get their facts, whatever the run:
 * the inbound and outbound runs ({@link ActiveRun}), the interop matrix and the client survey each keep one
 * instance, and their world objects read it when PicoContainer creates them.
 *
 * <p>Why the thread, and not a static field or an injected object: Cucumber builds the glue itself
 * (PicoContainer, per scenario, injecting only other glue classes; the object factory is named by class), so
 * nothing the runner holds can be passed to a constructor. What the glue does share with its runner is the
 * thread: every launch the harness makes has parallel execution off, so its scenarios, hooks and plugin
 * handlers run on the thread that runs the launch. The inbound run judges several targets at once, each in its
 * own launch on its own thread: a static field, volatile or not, would let one launch read another's target,
 * a value bound to the thread cannot. {@link #during} binds the facts and restores what was bound before once
 * the launch returns or throws, so nothing leaks onto a pooled thread (Java 21's {@code ScopedValue}, on 17).
 *
 * @param <T> what the glue reads: the target being judged, the interop matrix, the survey result
 */
public final class LaunchFacts<T> {
    private final ThreadLocal<T> bound = new ThreadLocal<>();
    private final String outsideALaunch;

    /** @param outsideALaunch the message when glue asks for facts no launch bound: how its features are meant to be run */
    public LaunchFacts(String outsideALaunch) {
        this.outsideALaunch = Objects.requireNonNull(outsideALaunch);
    }

    /** Runs {@code launch} on this thread with {@code facts} bound, and unbinds them after. */
    public <R> R during(T facts, Supplier<R> launch) {
        T before = bound.get();
        bound.set(Objects.requireNonNull(facts, "facts"));
        try {
            return launch.get();
        } finally {
            if (before == null) {
                bound.remove();
            } else {
                bound.set(before);
            }
        }
    }

    /** Whether a launch bound facts on this thread. */
    public boolean isBound() {
        return bound.get() != null;
    }

    /** The facts of the launch running on this thread. */
    public T current() {
        T facts = bound.get();
        if (facts == null) {
            throw new IllegalStateException(outsideALaunch);
        }
        return facts;
    }
}
