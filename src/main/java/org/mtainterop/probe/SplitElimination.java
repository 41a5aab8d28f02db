package org.mtainterop.probe;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.mtainterop.tls.raw.CipherSuite;
import org.mtainterop.tls.raw.CipherSuites;
import org.mtainterop.tls.raw.ProtocolVersion;

/**
 * The elimination of one version's suites for a server that took another suite when the every-suite hello was
 * reversed (it does not impose one order, so its picks need not be asked for one after another), or for any server
 * where the order is not measured and the run has connections to spare. After each pick
 * the rest of a long offer is halved and both halves are eliminated at once, up to {@link #MAX_CHAINS} chains
 * (the target's gate still bounds how many hellos run together). The accepted suites come back in the order of the list, the order in which a server
 * that follows the client's picks them; whether it does is measured afterwards, as for every server.
 */
final class SplitElimination {
    /** An offer longer than this is halved after a pick; a shorter one is eliminated in one chain. */
    static final int SPLIT_ABOVE = 24;
    /**
     * Chains at most at once, the default bound of connections per host: each chain ends with one refused hello,
     * so more chains than the gate lets run together would cost hellos and save no time.
     */
    static final int MAX_CHAINS = 4;

    private final AtomicInteger chains = new AtomicInteger(1);

    private final EnumerationHellos hellos;
    private final ProtocolVersion version;

    private SplitElimination(EnumerationHellos hellos, ProtocolVersion version) {
        this.hellos = hellos;
        this.version = version;
    }

    /**
     * The suites of {@code all} the server accepts, when it picked {@code first} from the list and {@code last} from
     * the list reversed; never blocks a thread of the enumeration's pool.
     */
    static CompletableFuture<List<CipherSuite>> accepted(EnumerationHellos hellos, ProtocolVersion version,
                                                         List<Integer> all, int first, int last) {
        return accepted(hellos, version, all, Set.of(first, last));
    }

    /** The suites of {@code all} the server accepts, when it picked {@code first} from the list. */
    static CompletableFuture<List<CipherSuite>> accepted(EnumerationHellos hellos, ProtocolVersion version,
                                                         List<Integer> all, int first) {
        return accepted(hellos, version, all, Set.of(first));
    }

    private static CompletableFuture<List<CipherSuite>> accepted(EnumerationHellos hellos, ProtocolVersion version,
                                                                 List<Integer> all, Set<Integer> picked) {
        List<Integer> rest = all.stream().filter(s -> !picked.contains(s)).toList();
        return new SplitElimination(hellos, version).eliminate(rest).thenApply(found -> {
            Set<Integer> accepted = new HashSet<>(found);
            accepted.addAll(picked);
            return all.stream().filter(accepted::contains).map(CipherSuites::describe).toList();
        });
    }

    private CompletableFuture<List<Integer>> eliminate(List<Integer> offer) {
        if (offer.isEmpty()) {
            chains.decrementAndGet();
            return CompletableFuture.completedFuture(List.of());
        }
        return hellos.async(() -> chosen(offer)).thenCompose(chosen -> {
            if (chosen.isEmpty() || !offer.contains(chosen.get())) {
                chains.decrementAndGet();
                return CompletableFuture.completedFuture(List.of());
            }
            List<Integer> rest = new ArrayList<>(offer);
            rest.remove(chosen.get());
            CompletableFuture<List<Integer>> more = rest.size() <= SPLIT_ABOVE || !anotherChain() ? eliminate(rest)
                    : eliminate(rest.subList(0, rest.size() / 2))
                    .thenCombine(eliminate(rest.subList(rest.size() / 2, rest.size())), SplitElimination::joined);
            return more.thenApply(found -> joined(List.of(chosen.get()), found));
        });
    }

    /** Takes one more chain when fewer than {@link #MAX_CHAINS} run. */
    private boolean anotherChain() {
        return chains.getAndUpdate(n -> n < MAX_CHAINS ? n + 1 : n) < MAX_CHAINS;
    }

    private Optional<Integer> chosen(List<Integer> offer) {
        return EnumerationHellos.chosenSuite(hellos.hello(hellos.typical(version, offer), "eliminate " + version.label()),
                version);
    }

    private static List<Integer> joined(List<Integer> a, List<Integer> b) {
        List<Integer> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
