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
import java.util.Optional;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.probe.access.AccessDialogueFacts;
import org.mtainterop.probe.access.AccessDialogueProbe;
import org.mtainterop.probe.access.AccessHandshakeFacts;
import org.mtainterop.probe.access.AccessHandshakeProbe;
import org.mtainterop.probe.access.AccessPipelinedFacts;
import org.mtainterop.probe.access.AccessPipelinedProbe;
import org.mtainterop.probe.access.CleartextLoginFacts;
import org.mtainterop.probe.access.CleartextLoginProbe;
import org.mtainterop.tls.TlsClientSettings;

/**
 * The fact store of one target: probe once, judge many times. Each observation runs at most once, lazily
 * or ahead of time ({@link #prefetch}), concurrently with the others but never with more than
 * {@code maxConnectionsPerHost} connections to the target at once, and with connection starts at least
 * {@code minInterval} apart (pacing toward live operators).
 */
public final class TargetFacts {
    private final Endpoint endpoint;
    private final MailService service;
    private final Optional<Endpoint> implicitTlsPort;
    private final ProbeSettings settings;
    private final ExecutorService executor;
    private final Semaphore connections;
    private final ConnectionPacer pacer;
    private final Map<Observation, CompletableFuture<?>> memo = new ConcurrentHashMap<>();

    public TargetFacts(Endpoint endpoint, ProbeSettings settings, ExecutorService executor) {
        this(endpoint, MailService.SMTP, Optional.empty(), settings, executor);
    }

    /**
     * The fact store of a target offering {@code service}; {@code implicitTlsPort} is where its implicit-TLS
     * counterpart is expected (a STARTTLS access service only: 587→465, 143→993, 110→995).
     */
    public TargetFacts(Endpoint endpoint, MailService service, Optional<Endpoint> implicitTlsPort,
                       ProbeSettings settings, ExecutorService executor) {
        this.endpoint = endpoint;
        this.service = java.util.Objects.requireNonNull(service, "service");
        this.implicitTlsPort = java.util.Objects.requireNonNull(implicitTlsPort, "implicitTlsPort");
        this.settings = settings;
        this.executor = executor;
        this.connections = new Semaphore(settings.maxConnectionsPerHost());
        this.pacer = new ConnectionPacer(settings.minInterval());
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    public MailService service() {
        return service;
    }

    public Optional<Endpoint> implicitTlsPort() {
        return implicitTlsPort;
    }

    /** The service as verdicts name it: {@code IMAP on 143}, {@code SMTP on 25}. */
    public String serviceOnPort() {
        return service.displayName() + " on " + endpoint.port();
    }

    public AccessDialogueFacts accessDialogue() {
        return await(observe(Observation.ACCESS_DIALOGUE), AccessDialogueFacts.class);
    }

    public AccessPipelinedFacts accessPipelined() {
        return await(observe(Observation.ACCESS_PIPELINED), AccessPipelinedFacts.class);
    }

    public AccessHandshakeFacts accessTls12Only() {
        return await(observe(Observation.ACCESS_TLS12_ONLY), AccessHandshakeFacts.class);
    }

    /** The implicit-TLS counterpart of a STARTTLS access service; empty when there is none to probe. */
    public Optional<AccessHandshakeFacts> accessImplicitTlsPort() {
        if (implicitTlsPort.isEmpty() || service.implicitTlsCounterpart().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(await(observe(Observation.ACCESS_IMPLICIT_TLS_PORT), AccessHandshakeFacts.class));
    }

    public CleartextLoginFacts accessCleartextLogin() {
        return await(observe(Observation.ACCESS_CLEARTEXT_LOGIN), CleartextLoginFacts.class);
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

    /** Versions, suites, groups and extensions by raw hellos; each of its connections takes the per-host bound. */
    public TlsEnumerationFacts tlsEnumeration() {
        return await(observe(Observation.TLS_ENUMERATION), TlsEnumerationFacts.class);
    }

    /** Starts the given observations now, in the background; later lookups find them done or under way. */
    public void prefetch(Collection<Observation> observations) {
        observations.forEach(this::observe);
    }

    /** Every observation asked for so far, ahead of time or by a scenario. */
    public java.util.Set<Observation> observed() {
        return memo.isEmpty() ? java.util.EnumSet.noneOf(Observation.class) : java.util.EnumSet.copyOf(memo.keySet());
    }

    /** Completes when every observation started so far has finished, whatever its result; never fails. */
    public CompletableFuture<Void> settled() {
        return CompletableFuture.allOf(memo.values().stream().map(f -> f.handle((r, e) -> null))
                .toArray(CompletableFuture[]::new));
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
        return memo.computeIfAbsent(observation, o -> CompletableFuture.supplyAsync(
                o == Observation.TLS_ENUMERATION ? measurement(o) : bounded(measurement(o)), executor));
    }

    private Supplier<Object> measurement(Observation observation) {
        return switch (observation) {
            case STARTTLS_DIALOGUE -> () -> new StarttlsDialogueProbe(settings).run(endpoint);
            case PIPELINED_STARTTLS -> () -> new PipelinedStarttlsProbe(settings).run(endpoint);
            case HANDSHAKE_WITHOUT_SNI -> variant(HandshakeVariant.WITHOUT_SNI);
            case HANDSHAKE_UNKNOWN_SNI -> variant(HandshakeVariant.UNKNOWN_SNI);
            case HANDSHAKE_TLS12_ONLY -> variant(HandshakeVariant.TLS12_ONLY);
            case TLS_ENUMERATION -> () -> new TlsEnumerationProbe(settings, this::oneConnection, service).run(endpoint);
            case ACCESS_DIALOGUE -> () -> new AccessDialogueProbe(settings).run(service, endpoint);
            case ACCESS_PIPELINED -> () -> new AccessPipelinedProbe(settings).run(service, endpoint);
            case ACCESS_TLS12_ONLY -> () -> new AccessHandshakeProbe(settings).run(service, endpoint,
                    TlsClientSettings.pinned("TLSv1.2", endpoint.referenceName()));
            case ACCESS_IMPLICIT_TLS_PORT -> () -> new AccessHandshakeProbe(settings).run(
                    service.implicitTlsCounterpart().orElseThrow(), implicitTlsPort.orElseThrow(),
                    TlsClientSettings.modern(endpoint.referenceName()));
            case ACCESS_CLEARTEXT_LOGIN -> () -> new CleartextLoginProbe(settings).run(service, endpoint);
        };
    }

    private Supplier<Object> variant(HandshakeVariant variant) {
        return () -> new StarttlsHandshakeProbe(settings).run(endpoint, variant.offerFor(endpoint.referenceName()));
    }

    private Supplier<Object> bounded(Supplier<Object> measurement) {
        return () -> {
            connections.acquireUninterruptibly();
            try {
                pacer.awaitTurn();
                return measurement.get();
            } finally {
                connections.release();
            }
        };
    }

    /** The gate of {@link TlsEnumerationProbe}: one connection under the same bound and pacing as the others. */
    private <T> T oneConnection(Supplier<T> connection) {
        return type(bounded(connection::get).get());
    }

    @SuppressWarnings("unchecked")
    private static <T> T type(Object value) {
        return (T) value;
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
