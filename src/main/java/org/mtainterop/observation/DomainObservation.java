package org.mtainterop.observation;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.mtainterop.report.evidence.Attachment;

/**
 * One measurement of a mail domain (what it publishes: DNS records with their DNSSEC status, and what its MX
 * hosts present against them), self-contained like {@link Observation}: name, how it is made, its evidence.
 * {@link DomainFacts} makes each at most once per domain and run; domain checks
 * ({@code policy/DomainCheck}) read its typed result from {@link ObservedDomainFacts}. Every one is defined
 * once, in {@link DomainObservations}.
 *
 * @param <T> the immutable fact record it yields
 */
public final class DomainObservation<T> {
    private final String name;
    private final Function<DomainProbeContext, T> measurement;
    private final Function<T, List<Attachment>> evidence;

    private DomainObservation(String name, Function<DomainProbeContext, T> measurement,
                              Function<T, List<Attachment>> evidence) {
        this.name = Objects.requireNonNull(name, "name");
        this.measurement = Objects.requireNonNull(measurement, "measurement");
        this.evidence = Objects.requireNonNull(evidence, "evidence");
    }

    /** A domain measurement: {@code measurement} does the I/O (bounded), {@code evidence} renders its result. */
    static <T> DomainObservation<T> of(String name, Function<DomainProbeContext, T> measurement,
                                       Function<T, List<Attachment>> evidence) {
        return new DomainObservation<>(name, measurement, evidence);
    }

    /** A stable name: {@code dns-records}. */
    public String name() {
        return name;
    }

    T measure(DomainProbeContext context) {
        return measurement.apply(context);
    }

    /** The report attachments of one result. */
    public List<Attachment> evidence(T facts) {
        return evidence.apply(facts);
    }

    @Override
    public String toString() {
        return name;
    }
}
