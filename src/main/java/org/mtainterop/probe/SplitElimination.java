package org.mtainterop.probe;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Elimination whose picks need not be asked for one after another: offer a list, drop what the server picks,
 * repeat, and after each pick halve the rest of a long offer and eliminate both halves at once, up to
 * {@link #MAX_CHAINS} chains (the target's gate still bounds how many hellos run together). The accepted items come
 * back in the order of the list, the order in which a server that follows the client's picks them. Used for the
 * suites of a server that took another suite when the every-suite hello was reversed (it imposes no order of its
 * own), and, where the order is not measured and the run has connections to spare, for every server's suites and
 * TLS 1.3 groups. Never blocks a thread of the enumeration's pool.
 *
 * @param <T> a suite code, a group
 */
final class SplitElimination<T> {
    /** An offer longer than this is halved after a pick; a shorter one is eliminated in one chain. */
    static final int SPLIT_ABOVE = 24;
    /**
     * Chains at most at once, the default bound of connections per host: each chain ends with one refused hello,
     * so more chains than the gate lets run together would cost hellos and save no time.
     */
    static final int MAX_CHAINS = 4;

    private final AtomicInteger chains = new AtomicInteger(1);
    private final EnumerationHellos hellos;
    private final Function<List<T>, Optional<T>> pick;

    private SplitElimination(EnumerationHellos hellos, Function<List<T>, Optional<T>> pick) {
        this.hellos = hellos;
        this.pick = pick;
    }

    /**
     * The items of {@code all} the server accepts, when it already picked {@code picked} from it; {@code pick} sends
     * one hello offering a list and says what the server picked from it (on a thread of the pool).
     */
    static <T> CompletableFuture<List<T>> accepted(EnumerationHellos hellos, List<T> all, Set<T> picked,
                                                   Function<List<T>, Optional<T>> pick) {
        List<T> rest = all.stream().filter(s -> !picked.contains(s)).toList();
        return new SplitElimination<>(hellos, pick).eliminate(rest).thenApply(found -> {
            Set<T> accepted = new HashSet<>(found);
            accepted.addAll(picked);
            return all.stream().filter(accepted::contains).toList();
        });
    }

    private CompletableFuture<List<T>> eliminate(List<T> offer) {
        if (offer.isEmpty()) {
            chains.decrementAndGet();
            return CompletableFuture.completedFuture(List.of());
        }
        return hellos.async(() -> pick.apply(offer)).thenCompose(chosen -> {
            if (chosen.isEmpty() || !offer.contains(chosen.get())) {
                chains.decrementAndGet();
                return CompletableFuture.completedFuture(List.of());
            }
            List<T> rest = new ArrayList<>(offer);
            rest.remove(chosen.get());
            CompletableFuture<List<T>> more = rest.size() <= SPLIT_ABOVE || !anotherChain() ? eliminate(rest)
                    : eliminate(rest.subList(0, rest.size() / 2))
                    .thenCombine(eliminate(rest.subList(rest.size() / 2, rest.size())), SplitElimination::joined);
            return more.thenApply(found -> joined(List.of(chosen.get()), found));
        });
    }

    /** Takes one more chain when fewer than {@link #MAX_CHAINS} run. */
    private boolean anotherChain() {
        return chains.getAndUpdate(n -> n < MAX_CHAINS ? n + 1 : n) < MAX_CHAINS;
    }

    private static <T> List<T> joined(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
