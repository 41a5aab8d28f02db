package org.mtainterop.run;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.TargetFacts;

/**
 * Probes the targets of a run in order, at most {@code parallelTargets} at once. A target is admitted when a
 * slot is free: its observations (asked for at admission: with {@code --tags} only what the selected
 * scenarios need) start together (its connections still bounded by its own fact store, four
 * at once by default), and its slot frees when they have all finished. A target is judged only once admitted,
 * so the bound holds for the observations scenarios ask for too.
 */
final class ProbeScheduler implements AutoCloseable {
    private final List<CompletableFuture<Void>> admitted;
    private final Thread scheduler;

    private ProbeScheduler(List<TargetFacts> stores, List<Supplier<Set<Observation<?>>>> observations, int parallelTargets) {
        if (parallelTargets < 1) {
            throw new IllegalArgumentException("parallelTargets must be at least 1");
        }
        this.admitted = IntStream.range(0, stores.size()).mapToObj(i -> new CompletableFuture<Void>()).toList();
        Semaphore slots = new Semaphore(parallelTargets);
        this.scheduler = new Thread(() -> {
            for (int i = 0; i < stores.size(); i++) {
                try {
                    slots.acquire();
                } catch (InterruptedException e) {
                    return; // the run is over
                }
                TargetFacts store = stores.get(i);
                try {
                    store.prefetch(observations.get(i).get());
                } catch (RuntimeException e) {
                    // no plan (a feature file unreadable): nothing ahead; scenarios ask for what they need, the launch reports why
                }
                admitted.get(i).complete(null);
                store.settled().whenComplete((ignored, e) -> slots.release());
            }
        }, "mta-interop-probe-scheduler");
        scheduler.setDaemon(true);
    }

    /** Starts probing {@code stores} (each its {@code observations}) in order, {@code parallelTargets} at once. */
    static ProbeScheduler start(List<TargetFacts> stores, List<Supplier<Set<Observation<?>>>> observations,
                                int parallelTargets) {
        ProbeScheduler probing = new ProbeScheduler(stores, observations, parallelTargets);
        probing.scheduler.start();
        return probing;
    }

    /** Completes when target {@code index} has been admitted; cancelled when the run ends first. */
    CompletableFuture<Void> admitted(int index) {
        return admitted.get(index);
    }

    /** Waits until target {@code index} has been admitted (its probes are under way or done). */
    void awaitAdmitted(int index) {
        admitted.get(index).join();
    }

    /** Stops admitting targets; anyone still waiting for an admission is released with a cancellation. */
    @Override
    public void close() {
        scheduler.interrupt();
        admitted.forEach(a -> a.cancel(false));
    }
}
