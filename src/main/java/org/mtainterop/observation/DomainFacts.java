package org.mtainterop.observation;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.mtainterop.dns.DnsLookup;
import org.mtainterop.probe.ProbeSettings;
import org.mtainterop.probe.mtasts.MtaStsState;

/**
 * The fact store of one mail domain: each {@link DomainObservation} measured at most once (lazily, or ahead of
 * time with {@link #prefetch}), on {@code executor}; domain checks judge an {@link ObservedDomainFacts}
 * snapshot of what they declared they need.
 */
public final class DomainFacts {
    private final DomainProbeContext context;
    private final DnsLookup dns;
    private final ExecutorService executor;
    private final Map<DomainObservation<?>, CompletableFuture<?>> memo = new ConcurrentHashMap<>();

    public DomainFacts(String domain, DnsLookup dns, ProbeSettings settings, ExecutorService executor) {
        this(domain, dns, settings, executor, Optional.empty());
    }

    /** With what an earlier run saw of the domain's MTA-STS publication ({@code --mta-sts-state}). */
    public DomainFacts(String domain, DnsLookup dns, ProbeSettings settings, ExecutorService executor,
                       Optional<MtaStsState> previousMtaSts) {
        this.dns = dns;
        this.executor = executor;
        this.context = new DomainProbeContext(domain, dns, settings, this, previousMtaSts);
    }

    public String domain() {
        return context.domain();
    }

    /** The result of {@code observation}, measured now if nobody has yet; a crashed probe throws. */
    public <T> T await(DomainObservation<T> observation) {
        return ObservedFacts.Result.settled(observe(observation)).unwrap();
    }

    /** What a domain check judges: the results of {@code needs}, each measured now if nobody has yet. */
    public ObservedDomainFacts snapshot(Collection<DomainObservation<?>> needs) {
        needs.forEach(this::observe);
        ObservedDomainFacts.Builder facts = ObservedDomainFacts.of(context.domain(), dns.mode());
        for (DomainObservation<?> observation : needs) {
            facts.result(observation, ObservedFacts.Result.settled(observe(observation)));
        }
        return facts.build();
    }

    /** Starts the given observations in the background. */
    public void prefetch(Collection<DomainObservation<?>> observations) {
        observations.forEach(this::observe);
    }

    /** Whether {@code observation} was asked for in this run (measured, or being measured): never measures it. */
    public boolean observed(DomainObservation<?> observation) {
        return memo.containsKey(observation);
    }

    private CompletableFuture<?> observe(DomainObservation<?> observation) {
        CompletableFuture<?> existing = memo.get(observation);
        if (existing != null) {
            return existing;
        }
        // Not computeIfAbsent: a measurement may await another observation of this store from its own thread.
        CompletableFuture<Object> started = new CompletableFuture<>();
        CompletableFuture<?> raced = memo.putIfAbsent(observation, started);
        if (raced != null) {
            return raced;
        }
        executor.execute(() -> {
            try {
                started.complete(observation.measure(context));
            } catch (Throwable t) {
                started.completeExceptionally(t);
            }
        });
        return started;
    }
}
