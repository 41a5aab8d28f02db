package org.mtainterop.observation;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.mtainterop.dns.DnsLookup;
import org.mtainterop.probe.ProbeCrashedException;
import org.mtainterop.probe.ProbeSettings;

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
        this(domain, dns, settings, executor, java.util.Optional.empty());
    }

    /** With what an earlier run saw of the domain's MTA-STS publication ({@code --mta-sts-state}). */
    public DomainFacts(String domain, DnsLookup dns, ProbeSettings settings, ExecutorService executor,
                       java.util.Optional<org.mtainterop.probe.mtasts.MtaStsState> previousMtaSts) {
        this.dns = dns;
        this.executor = executor;
        this.context = new DomainProbeContext(domain, dns, settings, this, previousMtaSts);
    }

    public String domain() {
        return context.domain();
    }

    /** The result of {@code observation}, measured now if nobody has yet; a crashed probe throws. */
    public <T> T await(DomainObservation<T> observation) {
        try {
            @SuppressWarnings("unchecked")
            T value = (T) observe(observation).join();
            return value;
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new ProbeCrashedException("the probe itself failed: " + cause, cause);
        }
    }

    /** What a domain check judges: the results of {@code needs}, each measured now if nobody has yet. */
    public ObservedDomainFacts snapshot(Collection<DomainObservation<?>> needs) {
        needs.forEach(this::observe);
        ObservedDomainFacts.Builder facts = ObservedDomainFacts.of(context.domain(), dns.mode());
        for (DomainObservation<?> observation : needs) {
            record(facts, observation);
        }
        return facts.build();
    }

    private <T> void record(ObservedDomainFacts.Builder facts, DomainObservation<T> observation) {
        try {
            @SuppressWarnings("unchecked")
            T value = (T) observe(observation).join();
            facts.with(observation, value);
        } catch (CompletionException e) {
            facts.failed(observation, e.getCause() == null ? e : e.getCause());
        }
    }

    /** Starts the given observations in the background. */
    public void prefetch(Collection<DomainObservation<?>> observations) {
        observations.forEach(this::observe);
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
