package org.mtainterop.probe;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.mtainterop.net.Endpoint;

/**
 * The fact store of one target: probe once, judge many times. Each observation runs at most once, lazily
 * or ahead of time ({@link #prefetch}), concurrently with the others but never with more than
 * {@code maxConnectionsPerHost} connections to the target at once.
 */
public final class TargetFacts {
    private final Endpoint endpoint;
    private final ProbeSettings settings;
    private final ExecutorService executor;
    private final Semaphore connections;
    private final Map<Observation, CompletableFuture<?>> memo = new ConcurrentHashMap<>();

    public TargetFacts(Endpoint endpoint, ProbeSettings settings, ExecutorService executor) {
        this.endpoint = endpoint;
        this.settings = settings;
        this.executor = executor;
        this.connections = new Semaphore(settings.maxConnectionsPerHost());
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    public StarttlsDialogueFacts dialogue() {
        return await(observe(Observation.STARTTLS_DIALOGUE), StarttlsDialogueFacts.class);
    }

    public PipelinedStarttlsFacts pipelinedStarttls() {
        return await(observe(Observation.PIPELINED_STARTTLS), PipelinedStarttlsFacts.class);
    }

    public StarttlsHandshakeFacts handshake(HandshakeVariant variant) {
        Observation observation = switch (variant) {
            case WITHOUT_SNI -> Observation.HANDSHAKE_WITHOUT_SNI;
            case UNKNOWN_SNI -> Observation.HANDSHAKE_UNKNOWN_SNI;
            case TLS12_ONLY -> Observation.HANDSHAKE_TLS12_ONLY;
        };
        return await(observe(observation), StarttlsHandshakeFacts.class);
    }

    /** Starts the given observations now, in the background; later lookups find them done or under way. */
    public void prefetch(Collection<Observation> observations) {
        observations.forEach(this::observe);
    }

    /** Waits until every observation started so far has finished (whatever its result). */
    public void awaitStarted() {
        memo.values().forEach(f -> {
            try {
                f.join();
            } catch (CompletionException | CancellationException ignored) {
                // failures are facts read later by the scenario that needs them
            }
        });
    }

    private CompletableFuture<?> observe(Observation observation) {
        return memo.computeIfAbsent(observation, o -> CompletableFuture.supplyAsync(bounded(measurement(o)), executor));
    }

    private Supplier<Object> measurement(Observation observation) {
        return switch (observation) {
            case STARTTLS_DIALOGUE -> () -> new StarttlsDialogueProbe(settings).run(endpoint);
            case PIPELINED_STARTTLS -> () -> new PipelinedStarttlsProbe(settings).run(endpoint);
            case HANDSHAKE_WITHOUT_SNI -> variant(HandshakeVariant.WITHOUT_SNI);
            case HANDSHAKE_UNKNOWN_SNI -> variant(HandshakeVariant.UNKNOWN_SNI);
            case HANDSHAKE_TLS12_ONLY -> variant(HandshakeVariant.TLS12_ONLY);
        };
    }

    private Supplier<Object> variant(HandshakeVariant variant) {
        return () -> new StarttlsHandshakeProbe(settings).run(endpoint, variant.offerFor(endpoint.referenceName()));
    }

    private Supplier<Object> bounded(Supplier<Object> measurement) {
        return () -> {
            connections.acquireUninterruptibly();
            try {
                return measurement.get();
            } finally {
                connections.release();
            }
        };
    }

    private static <T> T await(CompletableFuture<?> future, Class<T> type) {
        try {
            return type.cast(future.join());
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new ProbeCrashedException("the probe itself failed: " + cause, cause);
        }
    }
}
