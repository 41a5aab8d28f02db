package org.mtainterop.probe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.probe.TlsEnumerationFacts.SuiteOrder;
import org.mtainterop.probe.TlsEnumerationFacts.Support;
import org.mtainterop.probe.TlsEnumerationFacts.VersionFinding;
import org.mtainterop.tls.raw.CipherSuite;
import org.mtainterop.tls.raw.CipherSuites;
import org.mtainterop.tls.raw.ClientHello.Extension;
import org.mtainterop.tls.raw.ClientHello;
import org.mtainterop.tls.raw.NamedGroup;
import org.mtainterop.tls.raw.NamedGroups;
import org.mtainterop.tls.raw.ProtocolVersion;
import org.mtainterop.tls.raw.ServerHello;
import org.mtainterop.tls.raw.ServerKeyExchange;
import org.mtainterop.tls.raw.ServerResponse;

/**
 * Deep TLS enumeration with raw hellos (issue #5), over the service's own way into TLS ({@link TlsPreamble}:
 * STARTTLS, STLS or implicit TLS; issue #9): versions SSLv2…TLS 1.3, accepted suites per
 * version by elimination (in chunks, in parallel), the server's order (reversed offer), groups (one per
 * hello), DHE prime size, renegotiation_info, extended_master_secret, encrypt_then_mac, compression,
 * heartbeat, truncated_hmac, and hellos without SNI / with an unknown SNI. Every connection passes the
 * target's {@link ConnectionGate}, so it shares the per-host bound with all other probes; within it, hellos
 * run in parallel.
 */
public final class TlsEnumerationProbe {
    /** Suites per elimination chunk: keeps hellos short for servers that dislike long ones, and parallel. */
    static final int CHUNK = 48;
    /** RFC 8446 §6.2 protocol_version: the server refuses the version itself, whatever the suites. */
    static final int ALERT_PROTOCOL_VERSION = 70;
    private static final String UNKNOWN_SNI = org.mtainterop.tls.TlsClientSettings.UNKNOWN_SNI;

    private final RawHelloExchange exchange;
    private final ConnectionGate gate;
    private final int parallelism;

    TlsEnumerationProbe(ProbeSettings settings, ConnectionGate gate) {
        this(settings, gate, MailService.SMTP);
    }

    TlsEnumerationProbe(ProbeSettings settings, ConnectionGate gate, MailService service) {
        this.exchange = new RawHelloExchange(settings, service);
        this.gate = gate;
        this.parallelism = settings.maxConnectionsPerHost();
    }

    /** A probe whose every connection is admitted by {@code gate} (the target's per-host bound and pacing). */
    public static TlsEnumerationProbe gated(ProbeSettings settings, ConnectionGate gate, MailService service) {
        return new TlsEnumerationProbe(settings, gate, service);
    }

    public static TlsEnumerationProbe unbounded(ProbeSettings settings) {
        return new TlsEnumerationProbe(settings, ConnectionGate.UNBOUNDED);
    }

    /** As {@link #unbounded(ProbeSettings)}, for a target offering {@code service} (IMAP, POP3S...). */
    public static TlsEnumerationProbe unbounded(ProbeSettings settings, MailService service) {
        return new TlsEnumerationProbe(settings, ConnectionGate.UNBOUNDED, service);
    }

    public TlsEnumerationFacts run(Endpoint endpoint) {
        ExecutorService pool = Executors.newFixedThreadPool(parallelism, r -> {
            Thread t = new Thread(r, "tls-enumeration " + endpoint);
            t.setDaemon(true);
            return t;
        });
        try {
            return new Run(endpoint, pool).enumerate();
        } finally {
            pool.shutdownNow();
        }
    }

    /** The state of one enumeration: the hellos sent so far and their log. */
    private final class Run {
        private final Endpoint endpoint;
        private final ExecutorService pool;
        private final Optional<String> sni;
        private final List<String> log = Collections.synchronizedList(new ArrayList<>());
        private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
        private final long started = System.nanoTime();

        Run(Endpoint endpoint, ExecutorService pool) {
            this.endpoint = endpoint;
            this.pool = pool;
            this.sni = Optional.of(endpoint.referenceName());
        }

        TlsEnumerationFacts enumerate() {
            Map<ProtocolVersion, CompletableFuture<RawHelloExchange.Result>> pinned = new EnumMap<>(ProtocolVersion.class);
            for (ProtocolVersion v : ProtocolVersion.values()) {
                pinned.put(v, async(() -> versionProbe(v)));
            }
            Map<ProtocolVersion, RawHelloExchange.Result> answers = new EnumMap<>(ProtocolVersion.class);
            pinned.forEach((v, f) -> answers.put(v, f.join()));
            if (answers.values().stream().allMatch(r -> r.response().isEmpty())) {
                RawHelloExchange.Result any = answers.get(ProtocolVersion.TLS_1_2);
                return TlsEnumerationFacts.notTested(any.problem().orElse("no answer"), log, log.size(), elapsed());
            }
            List<VersionFinding> versions = new ArrayList<>();
            List<ProtocolVersion> accepted = new ArrayList<>();
            answers.forEach((v, r) -> {
                boolean ok = r.accepted() && negotiated(r, v);
                versions.add(new VersionFinding(v, ok, r.brief()));
                if (ok) {
                    accepted.add(v);
                }
            });
            Optional<ProtocolVersion> legacyBest = accepted.stream()
                    .filter(v -> v != ProtocolVersion.TLS_1_3 && v != ProtocolVersion.SSL_2_0).reduce((a, b) -> b);
            Optional<ProtocolVersion> best = accepted.stream().filter(v -> v != ProtocolVersion.SSL_2_0).reduce((a, b) -> b);

            Map<ProtocolVersion, CompletableFuture<List<CipherSuite>>> suites = new EnumMap<>(ProtocolVersion.class);
            accepted.stream().filter(v -> v != ProtocolVersion.SSL_2_0).forEach(v -> suites.put(v, acceptedSuites(v)));
            CompletableFuture<List<NamedGroup>> groups = best.map(this::groups)
                    .orElse(CompletableFuture.completedFuture(List.of()));
            CompletableFuture<OptionalInt> dhe = legacyBest.map(this::dhePrime)
                    .orElse(CompletableFuture.completedFuture(OptionalInt.empty()));
            CompletableFuture<RawHelloExchange.Result> extensions = legacyBest.map(v -> async(() -> hello(
                    typical(v, suitesFor(v)).withCompression(List.of(ClientHello.COMPRESSION_DEFLATE,
                            ClientHello.COMPRESSION_NULL)).withExtension(Extension.HEARTBEAT)
                            .withExtension(Extension.TRUNCATED_HMAC), "DEFLATE, heartbeat, truncated_hmac")))
                    .orElse(null);
            CompletableFuture<RawHelloExchange.Result> noSni = best.map(v -> async(() -> hello(
                    typical(v, suitesFor(v)).withServerName(Optional.empty()), "no SNI"))).orElse(null);
            CompletableFuture<RawHelloExchange.Result> unknownSni = best.map(v -> async(() -> hello(
                    typical(v, suitesFor(v)).withServerName(Optional.of(UNKNOWN_SNI)), "unknown SNI"))).orElse(null);

            Map<ProtocolVersion, List<CipherSuite>> acceptedSuites = new LinkedHashMap<>();
            suites.forEach((v, f) -> acceptedSuites.put(v, f.join()));
            Map<ProtocolVersion, CompletableFuture<Ordered>> ordering = new EnumMap<>(ProtocolVersion.class);
            acceptedSuites.forEach((v, list) -> ordering.put(v, order(v, list)));
            Map<ProtocolVersion, CompletableFuture<List<CipherSuite>>> etm = new EnumMap<>(ProtocolVersion.class);
            acceptedSuites.forEach((v, list) -> {
                List<Integer> cbc = list.stream().filter(s -> s.has(CipherSuite.Flag.CBC)).map(CipherSuite::code).toList();
                if (!cbc.isEmpty()) {
                    etm.put(v, async(() -> cbcWithoutEtm(v, cbc)));
                }
            });
            Map<ProtocolVersion, SuiteOrder> order = new LinkedHashMap<>();
            ordering.forEach((v, f) -> {
                Ordered o = f.join();
                order.put(v, o.order());
                acceptedSuites.put(v, o.suites());
            });
            Map<ProtocolVersion, List<CipherSuite>> withoutEtm = new LinkedHashMap<>();
            etm.forEach((v, f) -> {
                List<CipherSuite> list = f.join();
                if (!list.isEmpty()) {
                    withoutEtm.put(v, list);
                }
            });
            Optional<ServerHello> legacyHello = legacyBest.flatMap(v -> answers.get(v).response())
                    .flatMap(r -> r.serverHello());
            Optional<ServerHello> extHello = Optional.ofNullable(extensions).flatMap(f -> f.join().response())
                    .flatMap(r -> r.serverHello());
            return new TlsEnumerationFacts(Optional.empty(), versions, acceptedSuites, order, groups.join(),
                    best, dhe.join(),
                    echoed(legacyHello, ServerHello.EXT_RENEGOTIATION_INFO),
                    echoed(legacyHello, ServerHello.EXT_EXTENDED_MASTER_SECRET), withoutEtm,
                    extHello.map(h -> h.compressionMethod() != ClientHello.COMPRESSION_NULL ? Support.YES : Support.NO)
                            .orElse(Support.NOT_APPLICABLE),
                    echoed(extHello, ServerHello.EXT_HEARTBEAT), echoed(extHello, ServerHello.EXT_TRUNCATED_HMAC),
                    answered(noSni), answered(unknownSni), problems, log, log.size(), elapsed());
        }

        private boolean negotiated(RawHelloExchange.Result r, ProtocolVersion v) {
            if (v == ProtocolVersion.SSL_2_0) {
                return r.response().get().end() == org.mtainterop.tls.raw.ServerResponse.End.SSL2_SERVER_HELLO;
            }
            return r.response().flatMap(x -> x.serverHello()).map(h -> h.negotiatedVersionCode() == v.code()).orElse(false);
        }

        /** Elimination in parallel chunks: offer the chunk, drop what the server picks, repeat until it refuses. */
        private CompletableFuture<List<CipherSuite>> acceptedSuites(ProtocolVersion v) {
            List<Integer> all = suitesFor(v);
            List<CompletableFuture<List<CipherSuite>>> chunks = new ArrayList<>();
            for (int i = 0; i < all.size(); i += CHUNK) {
                List<Integer> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
                chunks.add(async(() -> eliminate(v, chunk)));
            }
            return CompletableFuture.allOf(chunks.toArray(CompletableFuture[]::new)).thenApply(ignored -> {
                List<CipherSuite> out = new ArrayList<>();
                chunks.forEach(c -> out.addAll(c.join()));
                return out;
            });
        }

        /** Sequential elimination over {@code offer}; returns the suites in the order the server picked them. */
        private List<CipherSuite> eliminate(ProtocolVersion v, List<Integer> offer) {
            List<Integer> remaining = new ArrayList<>(offer);
            List<CipherSuite> picked = new ArrayList<>();
            while (!remaining.isEmpty()) {
                Optional<Integer> chosen = chosenSuite(hello(typical(v, remaining), "eliminate " + v.label()), v);
                if (chosen.isEmpty() || !remaining.remove(chosen.get())) {
                    break;
                }
                picked.add(CipherSuites.describe(chosen.get()));
            }
            return picked;
        }

        private record Ordered(SuiteOrder order, List<CipherSuite> suites) {
        }

        /** Offers the accepted suites forwards and reversed; if the server's pick does not move, its order wins. */
        private CompletableFuture<Ordered> order(ProtocolVersion v, List<CipherSuite> accepted) {
            if (accepted.size() < 2) {
                return CompletableFuture.completedFuture(new Ordered(SuiteOrder.SINGLE_SUITE, accepted));
            }
            List<Integer> forward = accepted.stream().map(CipherSuite::code).toList();
            List<Integer> reversed = new ArrayList<>(forward);
            Collections.reverse(reversed);
            CompletableFuture<Optional<Integer>> a = async(() -> chosenSuite(hello(typical(v, forward), "order " + v.label()), v));
            CompletableFuture<Optional<Integer>> b = async(() -> chosenSuite(hello(typical(v, reversed), "reversed order " + v.label()), v));
            return a.thenCombine(b, (x, y) -> {
                if (x.isPresent() && x.equals(y)) {
                    return new Ordered(SuiteOrder.SERVER, eliminate(v, forward));
                }
                if (x.equals(Optional.of(forward.get(0))) && y.equals(Optional.of(reversed.get(0)))) {
                    return new Ordered(SuiteOrder.CLIENT, accepted);
                }
                return new Ordered(SuiteOrder.MIXED, accepted);
            });
        }

        /** One hello per group, TLS 1.3 (empty or real key share: HelloRetryRequest or ServerHello names the group) or ECDHE in TLS ≤ 1.2. */
        /**
         * Groups by elimination, like suites: offer every candidate, note the one the server picks (its
         * ServerHello or HelloRetryRequest key share in TLS 1.3, its ServerKeyExchange curve before), drop
         * it, repeat until the server picks none. A handful of hellos instead of one per IANA group.
         */
        private CompletableFuture<List<NamedGroup>> groups(ProtocolVersion v) {
            boolean tls13 = v == ProtocolVersion.TLS_1_3;
            List<Integer> suites = tls13 ? suitesFor(v) : CipherSuites.usableIn(v).stream()
                    .filter(s -> s.keyExchange().equals("ECDHE")).map(CipherSuite::code).toList();
            List<NamedGroup> candidates = NamedGroups.all().stream().filter(g -> g.kind() != NamedGroup.Kind.EXPLICIT)
                    .filter(g -> tls13 ? g.tls13() : g.kind() == NamedGroup.Kind.EC || g.kind() == NamedGroup.Kind.X).toList();
            return async(() -> {
                List<NamedGroup> remaining = new ArrayList<>(candidates);
                List<NamedGroup> accepted = new ArrayList<>();
                while (!remaining.isEmpty()) {
                    List<Integer> offered = remaining.stream().map(NamedGroup::code).toList();
                    List<Integer> shares = remaining.stream().filter(NamedGroup::keyShare).limit(1)
                            .map(NamedGroup::code).toList();
                    RawHelloExchange.Result r = hello(typical(v, suites).withGroups(offered, shares),
                            "groups " + v.label() + " (" + offered.size() + " offered)");
                    Optional<Integer> picked = r.response().flatMap(resp -> tls13
                            ? resp.serverHello().flatMap(ServerHello::keyShareGroup)
                            : resp.keyExchange().filter(k -> k.kind() != ServerKeyExchange.Kind.FINITE_FIELD_DH)
                                    .map(k -> k.namedCurve()));
                    Optional<NamedGroup> group = picked.flatMap(code -> remaining.stream()
                            .filter(g -> g.code() == code).findFirst());
                    if (group.isEmpty()) {
                        break;
                    }
                    accepted.add(group.get());
                    remaining.remove(group.get());
                }
                return accepted;
            });
        }

        /** DHE and ADH suites only, no FFDHE group offered: the server sends its own prime (RFC 7919 §4 fallback). */
        private CompletableFuture<OptionalInt> dhePrime(ProtocolVersion v) {
            // anonymous DH (ADH) is finite-field DH too: Postfix offers it by default with a 1024-bit prime
            List<Integer> dhe = CipherSuites.usableIn(v).stream().filter(s -> (s.keyExchange().equals("DHE")
                    || s.keyExchange().equals("DH") && s.authentication().equals("anon"))
                    && !s.authentication().equals("PSK")).map(CipherSuite::code).toList();
            return async(() -> {
                ClientHello h = typical(v, dhe).withGroups(List.of(NamedGroups.X25519, NamedGroups.SECP256R1,
                        NamedGroups.SECP384R1), List.of());
                return hello(h, "DHE prime").response().flatMap(r -> r.keyExchange())
                        .filter(k -> k.kind() == ServerKeyExchange.Kind.FINITE_FIELD_DH)
                        .map(k -> OptionalInt.of(k.dhPrimeBits())).orElse(OptionalInt.empty());
            });
        }

        private List<CipherSuite> cbcWithoutEtm(ProtocolVersion v, List<Integer> cbc) {
            List<CipherSuite> out = new ArrayList<>();
            for (int i = 0; i < cbc.size(); i += CHUNK) {
                RawHelloExchange.Result r = hello(typical(v, cbc.subList(i, Math.min(cbc.size(), i + CHUNK)))
                        .withExtension(Extension.ENCRYPT_THEN_MAC), "CBC with encrypt_then_mac " + v.label());
                r.response().flatMap(x -> x.serverHello()).filter(h -> !h.hasExtension(ServerHello.EXT_ENCRYPT_THEN_MAC))
                        .map(ServerHello::suite).filter(s -> s.has(CipherSuite.Flag.CBC)).ifPresent(out::add);
            }
            return out;
        }

        private Optional<Integer> chosenSuite(RawHelloExchange.Result r, ProtocolVersion v) {
            return r.response().flatMap(x -> x.serverHello()).filter(h -> h.negotiatedVersionCode() == v.code())
                    .map(ServerHello::cipherSuite);
        }

        private Support echoed(Optional<ServerHello> hello, int extension) {
            return hello.map(h -> h.hasExtension(extension) ? Support.YES : Support.NO).orElse(Support.NOT_APPLICABLE);
        }

        private Support answered(CompletableFuture<RawHelloExchange.Result> f) {
            return f == null ? Support.NOT_APPLICABLE : f.join().accepted() ? Support.YES : Support.NO;
        }

        private ClientHello typical(ProtocolVersion v, List<Integer> suites) {
            return ClientHello.typical(v, suites.isEmpty() ? List.of(0x002F) : suites, sni);
        }

        /**
         * One hello offering every suite of the version; if the server answers with an alert other than
         * protocol_version, the offer itself may be what it disliked (GnuTLS picks an anonymous suite it has
         * no credentials for and aborts), so the version is tried again in chunks before it is called refused.
         */
        private RawHelloExchange.Result versionProbe(ProtocolVersion v) {
            List<Integer> all = suitesFor(v);
            RawHelloExchange.Result full = hello(typical(v, all), "version " + v.label());
            boolean versionRefused = full.response().flatMap(ServerResponse::alert)
                    .map(a -> a.description() == ALERT_PROTOCOL_VERSION).orElse(false);
            if (full.accepted() || versionRefused || full.response().isEmpty() || v == ProtocolVersion.SSL_2_0
                    || all.size() <= CHUNK) {
                return full;
            }
            for (int i = 0; i < all.size(); i += CHUNK) {
                RawHelloExchange.Result part = hello(typical(v, all.subList(i, Math.min(all.size(), i + CHUNK))),
                        "version " + v.label() + " (suites " + (i + 1) + "-" + Math.min(all.size(), i + CHUNK) + ")");
                if (part.accepted()) {
                    return part;
                }
            }
            return full;
        }

        private List<Integer> suitesFor(ProtocolVersion v) {
            return CipherSuites.usableIn(v).stream().map(CipherSuite::code).toList();
        }

        private RawHelloExchange.Result hello(ClientHello h, String purpose) {
            RawHelloExchange.Result r = gate.admit(() -> exchange.send(endpoint, h));
            String line = purpose + ": offered " + h.version().label() + " with " + h.cipherSuites().size()
                    + " suite(s) -> " + r.brief();
            log.add(line);
            if (r.response().isEmpty()) {
                problems.add(line);
            }
            return r;
        }

        private <T> CompletableFuture<T> async(Supplier<T> work) {
            return CompletableFuture.supplyAsync(work, pool);
        }

        private Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - started);
        }
    }
}
