package org.mtainterop.probe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.mtainterop.probe.TlsEnumerationFacts.SuiteOrder;
import org.mtainterop.tls.raw.CipherSuite;
import org.mtainterop.tls.raw.CipherSuites;
import org.mtainterop.tls.raw.ClientHello.Extension;
import org.mtainterop.tls.raw.ProtocolVersion;
import org.mtainterop.tls.raw.ServerHello;

/**
 * Enumeration phase 2, per accepted version: the suites it accepts (by elimination), whose order wins (the
 * accepted suites offered forwards and reversed), and the CBC suites it chooses without encrypt_then_mac although
 * the client offered it. Where the version's hello offering every suite was answered (the server takes long
 * hellos), the list is offered reversed too where the order is measured (those two picks then answer the order
 * question as well): a server that picks the same suite again seems to impose its order, and
 * the elimination goes on from that answer over the whole list, so its picks are the server's preference order and
 * need no second elimination when the server's order wins; a server that picks another follows no order of its own
 * and is eliminated in halves at once ({@link SplitElimination}). Where the order is not measured, the run's
 * connections decide: to spare (few targets), halves at once whatever the server's order, else one pick after
 * another, the fewest hellos. Else it runs in parallel chunks of {@link #CHUNK}.
 */
final class SuitePhase {
    /** Suites per elimination chunk: keeps hellos short for servers that dislike long ones, and parallel. */
    static final int CHUNK = 48;

    record Found(Map<ProtocolVersion, List<CipherSuite>> acceptedSuites, Map<ProtocolVersion, SuiteOrder> order,
                 Map<ProtocolVersion, List<CipherSuite>> cbcWithoutEtm) {
    }

    private record Ordered(SuiteOrder order, List<CipherSuite> suites) {
    }

    /** What the server picked from every suite offered, forwards and reversed. */
    private record Picks(int forward, int reversed) {
    }

    private final EnumerationHellos hellos;
    private final Map<ProtocolVersion, CompletableFuture<List<CipherSuite>>> eliminated = new EnumMap<>(ProtocolVersion.class);
    /** The versions whose elimination ran over every suite at once: its picks are in the server's order of preference. */
    private final Set<ProtocolVersion> inPreferenceOrder = ConcurrentHashMap.newKeySet();

    private final Map<ProtocolVersion, Picks> everySuitePicks = new ConcurrentHashMap<>();
    /** Whether the suites' order is measured ({@link #found()}); else the hellos that serve it only are not sent. */
    private final boolean measuresOrder;
    /** Whether the run has connections to spare: where the order is not measured, eliminate in parallel chains. */
    private final boolean spareConnections;

    private SuitePhase(EnumerationHellos hellos, boolean measuresOrder, boolean spareConnections) {
        this.hellos = hellos;
        this.measuresOrder = measuresOrder;
        this.spareConnections = spareConnections;
    }

    /**
     * Starts the elimination for every accepted version but SSLv2 (its suites are not enumerated); {@code scope}
     * says whether {@link #found()} (the order too) or only {@link #acceptedOnly()} will be asked, and
     * {@code spareConnections} whether the run can spend a few more hellos to have them run at once (few targets).
     */
    static SuitePhase start(EnumerationHellos hellos, VersionPhase.Found versions, EnumerationScope scope,
                            boolean spareConnections) {
        SuitePhase phase = new SuitePhase(hellos, scope == EnumerationScope.EVERYTHING, spareConnections);
        versions.accepted().stream().filter(v -> v != ProtocolVersion.SSL_2_0)
                .forEach(v -> phase.eliminated.put(v, phase.acceptedSuites(v, versions.answers().get(v))));
        return phase;
    }

    /** Waits for the elimination only: per version the suites accepted, in the order the server picked them. */
    Map<ProtocolVersion, List<CipherSuite>> acceptedOnly() {
        Map<ProtocolVersion, List<CipherSuite>> acceptedSuites = new LinkedHashMap<>();
        eliminated.forEach((v, f) -> acceptedSuites.put(v, f.join()));
        return acceptedSuites;
    }

    /** Waits for the elimination, then measures order and encrypt_then_mac; called on the enumeration's own thread. */
    Found found() {
        Map<ProtocolVersion, List<CipherSuite>> acceptedSuites = acceptedOnly();
        Map<ProtocolVersion, CompletableFuture<Ordered>> ordering = new EnumMap<>(ProtocolVersion.class);
        acceptedSuites.forEach((v, list) -> ordering.put(v, order(v, list)));
        Map<ProtocolVersion, CompletableFuture<List<CipherSuite>>> etm = new EnumMap<>(ProtocolVersion.class);
        acceptedSuites.forEach((v, list) -> {
            List<Integer> cbc = list.stream().filter(s -> s.has(CipherSuite.Flag.CBC)).map(CipherSuite::code).toList();
            if (!cbc.isEmpty()) {
                etm.put(v, hellos.async(() -> cbcWithoutEtm(v, cbc)));
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
        return new Found(acceptedSuites, order, withoutEtm);
    }

    /**
     * Elimination: offer, drop what the server picks, repeat until it refuses. Over the whole list from the version
     * hello's pick when that hello offered every suite; else in parallel chunks.
     */
    private CompletableFuture<List<CipherSuite>> acceptedSuites(ProtocolVersion v, RawHelloExchange.Result versionHello) {
        List<Integer> all = EnumerationHellos.suitesFor(v);
        Optional<Integer> first = EnumerationHellos.chosenSuite(versionHello, v);
        if (first.isPresent() && versionHello.offered().cipherSuites().equals(all)) {
            if (!measuresOrder && spareConnections) {
                return split(v, all, Set.of(first.get()));
            }
            if (!measuresOrder) {
                inPreferenceOrder.add(v);
                return hellos.async(() -> eliminateAfter(v, all, first.get()));
            }
            return hellos.async(() -> chosen(v, reversed(all), "every suite reversed ")).thenCompose(last -> {
                last.ifPresent(l -> everySuitePicks.put(v, new Picks(first.get(), l)));
                if (last.isPresent() && !last.equals(first)) {
                    return split(v, all, Set.of(first.get(), last.get()));
                }
                inPreferenceOrder.add(v);
                return hellos.async(() -> eliminateAfter(v, all, first.get()));
            });
        }
        List<CompletableFuture<List<CipherSuite>>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<Integer> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
            chunks.add(hellos.async(() -> eliminate(v, chunk)));
        }
        return CompletableFuture.allOf(chunks.toArray(CompletableFuture[]::new)).thenApply(ignored -> {
            List<CipherSuite> out = new ArrayList<>();
            chunks.forEach(c -> out.addAll(c.join()));
            return out;
        });
    }

    /** Elimination in parallel chains ({@link SplitElimination}) of what is left of {@code all} once {@code picked}. */
    private CompletableFuture<List<CipherSuite>> split(ProtocolVersion v, List<Integer> all, Set<Integer> picked) {
        return SplitElimination.accepted(hellos, all, picked, offer -> chosen(v, offer, "eliminate "))
                .thenApply(codes -> codes.stream().map(CipherSuites::describe).toList());
    }

    /** Sequential elimination over {@code offer}; returns the suites in the order the server picked them. */
    private List<CipherSuite> eliminate(ProtocolVersion v, List<Integer> offer) {
        return eliminate(v, new ArrayList<>(offer), new ArrayList<>());
    }

    /** As {@link #eliminate(ProtocolVersion, List)}, when the server already picked {@code chosen} from {@code offer}. */
    private List<CipherSuite> eliminateAfter(ProtocolVersion v, List<Integer> offer, int chosen) {
        List<Integer> remaining = new ArrayList<>(offer);
        if (!remaining.remove(Integer.valueOf(chosen))) {
            return eliminate(v, remaining, new ArrayList<>());
        }
        return eliminate(v, remaining, new ArrayList<>(List.of(CipherSuites.describe(chosen))));
    }

    private List<CipherSuite> eliminate(ProtocolVersion v, List<Integer> remaining, List<CipherSuite> picked) {
        while (!remaining.isEmpty()) {
            Optional<Integer> chosen = chosen(v, remaining, "eliminate ");
            if (chosen.isEmpty() || !remaining.remove(chosen.get())) {
                break;
            }
            picked.add(CipherSuites.describe(chosen.get()));
        }
        return picked;
    }

    /**
     * Offers the accepted suites forwards and reversed; if the server's pick does not move, its order wins. The
     * picks from every suite forwards and reversed answer the same question (the server chooses among the suites it
     * shares with the offer, and the accepted ones are all it shares), so where both were made no hello is sent.
     */
    private CompletableFuture<Ordered> order(ProtocolVersion v, List<CipherSuite> accepted) {
        if (accepted.size() < 2) {
            return CompletableFuture.completedFuture(new Ordered(SuiteOrder.SINGLE_SUITE, accepted));
        }
        List<Integer> forward = accepted.stream().map(CipherSuite::code).toList();
        List<Integer> reversed = reversed(forward);
        Picks known = everySuitePicks.get(v);
        CompletableFuture<Optional<Integer>> a = known != null ? CompletableFuture.completedFuture(Optional.of(known.forward()))
                : hellos.async(() -> chosen(v, forward, "order "));
        CompletableFuture<Optional<Integer>> b = known != null ? CompletableFuture.completedFuture(Optional.of(known.reversed()))
                : hellos.async(() -> chosen(v, reversed, "reversed order "));
        return a.thenCombine(b, (x, y) -> {
            if (x.isPresent() && x.equals(y)) {
                return new Ordered(SuiteOrder.SERVER, inPreferenceOrder.contains(v) ? accepted : eliminate(v, forward));
            }
            if (x.equals(Optional.of(forward.get(0))) && y.equals(Optional.of(reversed.get(0)))) {
                return new Ordered(SuiteOrder.CLIENT, accepted);
            }
            return new Ordered(SuiteOrder.MIXED, accepted);
        });
    }

    /** One hello offering {@code suites} in {@code v}, logged as {@code purpose} and the version: the suite picked. */
    private Optional<Integer> chosen(ProtocolVersion v, List<Integer> suites, String purpose) {
        return EnumerationHellos.chosenSuite(hellos.hello(hellos.typical(v, suites), purpose + v.label()), v);
    }

    private static List<Integer> reversed(List<Integer> suites) {
        List<Integer> out = new ArrayList<>(suites);
        Collections.reverse(out);
        return out;
    }

    private List<CipherSuite> cbcWithoutEtm(ProtocolVersion v, List<Integer> cbc) {
        List<CipherSuite> out = new ArrayList<>();
        for (int i = 0; i < cbc.size(); i += CHUNK) {
            RawHelloExchange.Result r = hellos.hello(hellos.typical(v, cbc.subList(i, Math.min(cbc.size(), i + CHUNK)))
                    .withExtension(Extension.ENCRYPT_THEN_MAC), "CBC with encrypt_then_mac " + v.label());
            r.response().flatMap(x -> x.serverHello()).filter(h -> !h.hasExtension(ServerHello.EXT_ENCRYPT_THEN_MAC))
                    .map(ServerHello::suite).filter(s -> s.has(CipherSuite.Flag.CBC)).ifPresent(out::add);
        }
        return out;
    }
}
