package org.mtainterop.observation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.mtainterop.net.MailService;
import org.mtainterop.report.evidence.Attachment;

/**
 * One measurement of a target, self-contained: its name, the services it applies to, how it is made and what
 * evidence it leaves in the report. The fact store makes each at most once per target and run; checks read
 * its typed result from {@link ObservedFacts}. Every observation the harness knows is defined in
 * {@link Observations}, once: adding a measurement means adding one definition there.
 *
 * @param <T> the immutable fact record it yields
 */
public final class Observation<T> {
    private final String name;
    private final Predicate<MailService> appliesTo;
    private final Function<ProbeContext, T> measurement;
    private final Function<T, List<Attachment>> evidence;
    private final boolean gatesEachConnection;
    private final Optional<Observation<T>> coveredBy;

    private Observation(String name, Predicate<MailService> appliesTo, Function<ProbeContext, T> measurement,
                        Function<T, List<Attachment>> evidence, boolean gatesEachConnection,
                        Optional<Observation<T>> coveredBy) {
        this.name = Objects.requireNonNull(name, "name");
        this.appliesTo = Objects.requireNonNull(appliesTo, "appliesTo");
        this.measurement = Objects.requireNonNull(measurement, "measurement");
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.gatesEachConnection = gatesEachConnection;
        this.coveredBy = Objects.requireNonNull(coveredBy, "coveredBy");
    }

    /** A measurement that holds one of the target's connection slots while it runs (one session, usually). */
    static <T> Observation<T> session(String name, Predicate<MailService> appliesTo,
                                      Function<ProbeContext, T> measurement, Function<T, List<Attachment>> evidence) {
        return new Observation<>(name, appliesTo, measurement, evidence, false, Optional.empty());
    }

    /**
     * A measurement of many short connections, each admitted by {@link ProbeContext#gate()} on its own, so it
     * shares the per-host bound with the others instead of holding one slot throughout.
     */
    static <T> Observation<T> manyConnections(String name, Predicate<MailService> appliesTo,
                                              Function<ProbeContext, T> measurement,
                                              Function<T, List<Attachment>> evidence) {
        return new Observation<>(name, appliesTo, measurement, evidence, true, Optional.empty());
    }

    /**
     * This measurement as a part of {@code wider}, which yields the same record with more in it: where a target's
     * store measures {@code wider} anyway, this one is answered from it instead of being measured again (probe once).
     */
    Observation<T> coveredBy(Observation<T> wider) {
        return new Observation<>(name, appliesTo, measurement, evidence, gatesEachConnection, Optional.of(wider));
    }

    /** The wider observation whose result answers this one too, when there is one. */
    public Optional<Observation<T>> coveredBy() {
        return coveredBy;
    }

    /** A stable name, as logs and tests show it: {@code tls-dialogue}. */
    public String name() {
        return name;
    }

    /** Whether this is measured on a target offering {@code service}: never an SMTP probe on an IMAP port. */
    public boolean appliesTo(MailService service) {
        return appliesTo.test(service);
    }

    /** Makes the measurement (network I/O, bounded by the context's limits); called by the fact store only. */
    T measure(ProbeContext target) {
        return measurement.apply(target);
    }

    /** True when {@link #measure} admits each of its connections through the gate itself. */
    boolean gatesEachConnection() {
        return gatesEachConnection;
    }

    /** The report attachments of one result (transcripts, TLS parameters, chains), already redacted. */
    public List<Attachment> evidence(T facts) {
        return evidence.apply(facts);
    }

    @Override
    public String toString() {
        return name;
    }
}
