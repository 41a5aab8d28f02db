package org.mtainterop.observation;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.net.TargetHealth;
import org.mtainterop.probe.ConnectionGate;
import org.mtainterop.probe.ProbeSettings;

/**
 * The fact store of one target: probe once, judge many times. Each {@link Observation} runs at most once, lazily
 * or ahead of time ({@link #prefetch}), concurrently with the others but never with more than
 * {@code maxConnectionsPerHost} connections to its server at once: a bound shared with the other targets at the same
 * address and port when the stores come from one {@link SharedServers}, as is its pacing. The time the target waits for that
 * bound with nothing of its own under way (the other targets hold every connection) is not the server's time for it:
 * it does not count against the target's deadline. Every connection shares the target's
 * {@link TargetHealth}: adaptive pacing (nothing on a happy server beyond the floor {@code minInterval}; back-off
 * when it struggles) and the target's budget (no further connection once a session showed it broken, none
 * after {@code --deadline} from the first). Checks never see the store: they judge an {@link ObservedFacts}
 * snapshot of what they declared they need ({@link #snapshot}).
 */
public final class TargetFacts {
    private final ProbeContext context;
    private final ExecutorService executor;
    private final Semaphore connections;
    private final TargetHealth health;
    private int active;
    private int waiting;
    private long stalledSinceNanos;
    private final Map<Observation<?>, CompletableFuture<?>> memo = new ConcurrentHashMap<>();

    public TargetFacts(Endpoint endpoint, ProbeSettings settings, ExecutorService executor) {
        this(endpoint, MailService.SMTP, Optional.empty(), settings, executor);
    }

    /**
     * The fact store of a target offering {@code service}; {@code implicitTlsPort} is where its implicit-TLS
     * counterpart is expected (a STARTTLS access service only: 587→465, 143→993, 110→995).
     */
    public TargetFacts(Endpoint endpoint, MailService service, Optional<Endpoint> implicitTlsPort,
                       ProbeSettings settings, ExecutorService executor) {
        this(endpoint, service, implicitTlsPort, settings, executor, new SharedServers());
    }

    /**
     * As above, the bound on connections at once and the pacing shared with the other stores of {@code servers}
     * whose target is at the same address and port.
     */
    public TargetFacts(Endpoint endpoint, MailService service, Optional<Endpoint> implicitTlsPort,
                       ProbeSettings settings, ExecutorService executor, SharedServers servers) {
        this.executor = Objects.requireNonNull(executor, "executor");
        SharedServers.Share server = servers.of(endpoint, settings.maxConnectionsPerHost());
        this.connections = server.connections();
        this.health = TargetHealth.of(settings.minInterval(), settings.limits().sessionDeadline(), server.pacing());
        ProbeSettings watched = settings.withLimits(settings.limits().withHealth(health));
        this.context = new ProbeContext(endpoint, service, implicitTlsPort, watched, new ConnectionGate() {
            @Override
            public <T> T admit(Supplier<T> connection) {
                return bounded(connection);
            }
        });
    }

    public Endpoint endpoint() {
        return context.endpoint();
    }

    public MailService service() {
        return context.service();
    }

    /** What the target's connections have shown so far: pacing, and whether it was given up and why. */
    public TargetHealth health() {
        return health;
    }

    /** The result of {@code observation}, measured now if nobody has yet; a crashed probe throws. */
    public <T> T await(Observation<T> observation) {
        return ObservedFacts.Result.settled(observe(observation)).unwrap();
    }

    /** What a check judges: the results of {@code needs}, each measured now if nobody has yet. */
    public ObservedFacts snapshot(Collection<Observation<?>> needs) {
        needs.forEach(this::observe);
        ObservedFacts.Builder facts = ObservedFacts.of(context.endpoint(), context.service());
        for (Observation<?> observation : needs) {
            facts.result(observation, ObservedFacts.Result.settled(observe(observation)));
        }
        return facts.build();
    }

    /**
     * Starts the given observations now, in the background; later lookups find them done or under way. Those a wider
     * one among them answers ({@link Observation#coveredBy()}) are not measured on their own.
     */
    public void prefetch(Collection<Observation<?>> observations) {
        observations.stream().filter(o -> o.coveredBy().isEmpty()).forEach(this::observe);
        observations.stream().filter(o -> o.coveredBy().isPresent()).forEach(this::observe);
    }

    /** True when {@code observation}, or a wider one answering it, has been asked for (ahead of time or by a scenario). */
    public boolean asked(Observation<?> observation) {
        return memo.containsKey(answering(observation));
    }

    /**
     * The observation whose result answers {@code observation} in this store: the wider one that covers it when that
     * one has been asked for, else itself. Its evidence is the one to show.
     */
    public <T> Observation<T> answering(Observation<T> observation) {
        return observation.coveredBy().filter(memo::containsKey).orElse(observation);
    }

    /** Every observation asked for so far, ahead of time or by a scenario. */
    public Set<Observation<?>> observed() {
        Set<Observation<?>> observed = Observations.newSet();
        observed.addAll(memo.keySet());
        return observed;
    }

    /** Completes when every observation started so far has finished, whatever its result; never fails. */
    public CompletableFuture<Void> settled() {
        return CompletableFuture.allOf(memo.values().stream().map(f -> f.handle((r, e) -> null))
                .toArray(CompletableFuture[]::new));
    }

    private CompletableFuture<?> observe(Observation<?> asked) {
        Observation<?> observation = answering(asked);
        return memo.computeIfAbsent(observation, o -> CompletableFuture.supplyAsync(
                o.gatesEachConnection() ? () -> o.measure(context) : () -> bounded(() -> o.measure(context)), executor));
    }

    private <T> T bounded(Supplier<T> measurement) {
        waitForServer();
        connections.acquireUninterruptibly();
        underWay();
        try {
            return measurement.get();
        } finally {
            connections.release();
            done();
        }
    }

    private synchronized void waitForServer() {
        if (active == 0 && waiting == 0) {
            stalledSinceNanos = System.nanoTime(); // nothing of ours under way: from now on we wait for the others
        }
        waiting++;
    }

    private synchronized void underWay() {
        waiting--;
        if (active++ == 0) {
            health.notTheServersTime(Duration.ofNanos(System.nanoTime() - stalledSinceNanos));
        }
    }

    private synchronized void done() {
        if (--active == 0 && waiting > 0) {
            stalledSinceNanos = System.nanoTime();
        }
    }
}
