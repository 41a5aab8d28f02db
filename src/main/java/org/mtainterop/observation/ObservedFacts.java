package org.mtainterop.observation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.probe.ProbeCrashedException;

/**
 * What a check judges: the target (where it is, what it speaks) and the results of the observations the check
 * declared it needs, already made. Immutable, and free of I/O: judging can never open a connection, and a check
 * can be tested on facts written by hand ({@link #of}). Asking for an observation the check did not declare is a
 * harness error, not a guess.
 */
public final class ObservedFacts {
    private final Endpoint endpoint;
    private final MailService service;
    private final Map<Observation<?>, Result> results;

    private ObservedFacts(Endpoint endpoint, MailService service, Map<Observation<?>, Result> results) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.service = Objects.requireNonNull(service, "service");
        this.results = Map.copyOf(results);
    }

    /** Facts written by hand: {@code ObservedFacts.of(endpoint, SMTP).with(TLS_DIALOGUE, dialogue).build()}. */
    public static Builder of(Endpoint endpoint, MailService service) {
        return new Builder(endpoint, service);
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    public MailService service() {
        return service;
    }

    /** The service as verdicts name it: {@code IMAP on 143}, {@code SMTP on 25}. */
    public String serviceOnPort() {
        return service.displayName() + " on " + endpoint.port();
    }

    /**
     * The result of {@code observation}.
     *
     * @throws ProbeCrashedException when the probe itself failed (the verdict is then "could not test")
     * @throws IllegalStateException when the check did not declare it needs this observation
     */
    public <T> T get(Observation<T> observation) {
        Result result = results.get(observation);
        if (result == null) {
            throw new IllegalStateException("'" + observation + "' was not among the observations this check"
                    + " declared it needs (it has " + results.keySet() + ")");
        }
        return result.unwrap();
    }

    /** A measurement's outcome: its fact record, or why the probe itself failed. */
    record Result(Object value, Optional<Throwable> failure) {
        static Result of(Object value) {
            return new Result(Objects.requireNonNull(value, "value"), Optional.empty());
        }

        static Result failed(Throwable cause) {
            return new Result(null, Optional.of(cause));
        }

        /** The outcome of a measurement that has ended (or is waited for now): its value, or why it crashed. */
        static Result settled(CompletableFuture<?> measurement) {
            try {
                return of(measurement.join());
            } catch (CompletionException e) {
                return failed(e.getCause() == null ? e : e.getCause());
            }
        }

        /** The value, as the observation's fact type; a crashed probe throws {@link ProbeCrashedException}. */
        <T> T unwrap() {
            if (failure.isPresent()) {
                throw new ProbeCrashedException("the probe itself failed: " + failure.get(), failure.get());
            }
            @SuppressWarnings("unchecked")
            T facts = (T) value;
            return facts;
        }
    }

    /** Assembles facts; the store uses it after measuring, tests with values of their own. */
    public static final class Builder {
        private final Endpoint endpoint;
        private final MailService service;
        private final Map<Observation<?>, Result> results = new LinkedHashMap<>();

        private Builder(Endpoint endpoint, MailService service) {
            this.endpoint = endpoint;
            this.service = service;
        }

        public <T> Builder with(Observation<T> observation, T facts) {
            results.put(observation, Result.of(facts));
            return this;
        }

        /** The probe for {@code observation} crashed with {@code cause}. */
        public Builder failed(Observation<?> observation, Throwable cause) {
            results.put(observation, Result.failed(cause));
            return this;
        }

        Builder result(Observation<?> observation, Result result) {
            results.put(observation, result);
            return this;
        }

        public ObservedFacts build() {
            return new ObservedFacts(endpoint, service, results);
        }
    }
}
