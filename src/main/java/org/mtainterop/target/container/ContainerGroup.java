package org.mtainterop.target.container;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.testcontainers.containers.GenericContainer;

/**
 * Containers a run starts together: a few at a time (the machine has two cores), all stopped on close,
 * and at JVM exit if the run is interrupted (there is no Ryuk to clean up after us).
 */
final class ContainerGroup<K, C extends GenericContainer<?>> implements AutoCloseable {
    private static final int PARALLEL_STARTS = 4;
    private final Map<K, C> containers;
    private final Thread cleanup;

    private ContainerGroup(Map<K, C> containers) {
        this.containers = Collections.unmodifiableMap(new LinkedHashMap<>(containers));
        this.cleanup = new Thread(this::stopAll, "mta-interop-container-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** Starts every container; if one cannot start, stops them all and says which kind failed. */
    static <K, C extends GenericContainer<?>> ContainerGroup<K, C> start(Map<K, C> configured, String what) {
        ContainerGroup<K, C> group = new ContainerGroup<>(configured);
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_STARTS);
        try {
            List<Future<?>> starts = new ArrayList<>();
            for (C c : group.containers.values()) {
                starts.add(pool.submit(c::start));
            }
            for (Future<?> f : starts) {
                f.get();
            }
        } catch (Exception e) {
            group.close();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new ContainersUnavailableException("a " + what + " container did not start: " + cause.getMessage(), cause);
        } finally {
            pool.shutdownNow();
        }
        return group;
    }

    Map<K, C> containers() {
        return containers;
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: nothing left to remove
        }
    }

    private synchronized void stopAll() {
        containers.values().forEach(c -> {
            try {
                c.stop();
            } catch (RuntimeException ignored) {
                // best effort: the container may never have started
            }
        });
    }
}
