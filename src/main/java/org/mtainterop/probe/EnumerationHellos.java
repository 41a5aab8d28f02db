package org.mtainterop.probe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.TargetHealth;
import org.mtainterop.policy.Reason;
import org.mtainterop.tls.raw.CipherSuite;
import org.mtainterop.tls.raw.CipherSuites;
import org.mtainterop.tls.raw.ClientHello;
import org.mtainterop.tls.raw.ProtocolVersion;
import org.mtainterop.tls.raw.ServerHello;

/**
 * The hellos of one enumeration, shared by its phases: each is sent on its own connection admitted by the
 * target's gate, and logged (what was offered, what came back); work runs on the enumeration's own pool.
 */
final class EnumerationHellos {
    private final Function<ClientHello, RawHelloExchange.Result> exchange;
    private final ExecutorService pool;
    private final Optional<String> sni;
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final long started = System.nanoTime();
    private final TargetHealth health;
    private volatile boolean cutShort;

    EnumerationHellos(RawHelloExchange exchange, ConnectionGate gate, Endpoint endpoint, ExecutorService pool,
                      TargetHealth health) {
        this(h -> gate.admit(() -> exchange.send(endpoint, h)), Optional.of(endpoint.referenceName()), pool, health);
    }

    /** Hellos answered by {@code exchange}: the target over the network, or a test's server answering bytes. */
    EnumerationHellos(Function<ClientHello, RawHelloExchange.Result> exchange, Optional<String> sni,
                      ExecutorService pool, TargetHealth health) {
        this.health = health;
        this.exchange = exchange;
        this.pool = pool;
        this.sni = sni;
    }

    RawHelloExchange.Result hello(ClientHello h, String purpose) {
        RawHelloExchange.Result r = exchange.apply(h);
        String line = purpose + ": offered " + h.version().label() + " with " + h.cipherSuites().size()
                + " suite(s) -> " + r.brief();
        log.add(line);
        if (r.response().isEmpty()) {
            problems.add(line);
            if (health.givenUp().isPresent()) {
                cutShort = true;
            }
        }
        return r;
    }

    /**
     * Why the enumeration is incomplete, if it is: a hello went unanswered because the target was given up (an
     * earlier session showed it broken, or its deadline passed), so what was found is not all there is.
     */
    Optional<Reason> cutShort() {
        return cutShort ? health.givenUpBecause() : Optional.empty();
    }

    <T> CompletableFuture<T> async(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, pool);
    }

    /** A hello as a modern client sends it, with the target's name as SNI. */
    ClientHello typical(ProtocolVersion v, List<Integer> suites) {
        return ClientHello.typical(v, suites.isEmpty() ? List.of(0x002F) : suites, sni);
    }

    static List<Integer> suitesFor(ProtocolVersion v) {
        return CipherSuites.usableIn(v).stream().map(CipherSuite::code).toList();
    }

    static Optional<Integer> chosenSuite(RawHelloExchange.Result r, ProtocolVersion v) {
        return r.response().flatMap(x -> x.serverHello()).filter(h -> h.negotiatedVersionCode() == v.code())
                .map(ServerHello::cipherSuite);
    }

    /** Hellos that got no TLS answer at all, as logged. */
    List<String> problems() {
        return problems;
    }

    List<String> log() {
        return log;
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
