package org.mtainterop.observation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.mtainterop.dns.ValidationMode;
import org.mtainterop.probe.ProbeCrashedException;

/**
 * What a domain check judges: the mail domain, how its DNS answers were validated, and the results of the
 * domain observations the check declared it needs. Immutable and free of I/O; tests write it by hand
 * ({@link #of}). Asking for an undeclared observation is a harness error.
 */
public final class ObservedDomainFacts {
    private final String domain;
    private final ValidationMode mode;
    private final Map<DomainObservation<?>, ObservedFacts.Result> results;

    private ObservedDomainFacts(String domain, ValidationMode mode, Map<DomainObservation<?>, ObservedFacts.Result> results) {
        this.domain = Objects.requireNonNull(domain, "domain");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.results = Map.copyOf(results);
    }

    /** Facts written by hand: {@code ObservedDomainFacts.of("example.test", HARNESS).with(DNS_RECORDS, dns).build()}. */
    public static Builder of(String domain, ValidationMode mode) {
        return new Builder(domain, mode);
    }

    public String domain() {
        return domain;
    }

    /** Who decided the DNSSEC statuses: the harness (trust anchor) or the resolver's AD bit. */
    public ValidationMode mode() {
        return mode;
    }

    /**
     * The result of {@code observation}.
     *
     * @throws ProbeCrashedException when the probe itself failed (the verdict is then "could not test")
     * @throws IllegalStateException when the check did not declare it needs this observation
     */
    public <T> T get(DomainObservation<T> observation) {
        ObservedFacts.Result result = results.get(observation);
        if (result == null) {
            throw new IllegalStateException("'" + observation + "' was not among the domain observations this check"
                    + " declared it needs (it has " + results.keySet() + ")");
        }
        return result.unwrap();
    }

    public static final class Builder {
        private final String domain;
        private final ValidationMode mode;
        private final Map<DomainObservation<?>, ObservedFacts.Result> results = new LinkedHashMap<>();

        private Builder(String domain, ValidationMode mode) {
            this.domain = domain;
            this.mode = mode;
        }

        public <T> Builder with(DomainObservation<T> observation, T facts) {
            results.put(observation, ObservedFacts.Result.of(facts));
            return this;
        }

        public Builder failed(DomainObservation<?> observation, Throwable cause) {
            results.put(observation, ObservedFacts.Result.failed(cause));
            return this;
        }

        Builder result(DomainObservation<?> observation, ObservedFacts.Result result) {
            results.put(observation, result);
            return this;
        }

        public ObservedDomainFacts build() {
            return new ObservedDomainFacts(domain, mode, results);
        }
    }
}
