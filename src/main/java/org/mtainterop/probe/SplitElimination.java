package org.mtainterop.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
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
    private final Set<T> found = ConcurrentHashMap.newKeySet();
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
        SplitElimination<T> elimination = new SplitElimination<>(hellos, pick);
        elimination.found.addAll(picked);
        return elimination.eliminate(all.stream().filter(s -> !picked.contains(s)).toList())
                .thenApply(done -> all.stream().filter(elimination.found::contains).toList());
    }

    /** One chain over {@code offer}, halved after a pick while it is long and another chain may start. */
    private CompletableFuture<Void> eliminate(List<T> offer) {
        if (offer.isEmpty()) {
            chains.decrementAndGet();
            return CompletableFuture.completedFuture(null);
        }
        return hellos.async(() -> pick.apply(offer)).thenCompose(chosen -> {
            if (chosen.isEmpty() || !offer.contains(chosen.get())) {
                chains.decrementAndGet();
                return CompletableFuture.completedFuture(null);
            }
            found.add(chosen.get());
            List<T> rest = new ArrayList<>(offer);
            rest.remove(chosen.get());
            return rest.size() <= SPLIT_ABOVE || !anotherChain() ? eliminate(rest)
                    : CompletableFuture.allOf(eliminate(rest.subList(0, rest.size() / 2)),
                            eliminate(rest.subList(rest.size() / 2, rest.size())));
        });
    }

    /** Takes one more chain when fewer than {@link #MAX_CHAINS} run. */
    private boolean anotherChain() {
        return chains.getAndUpdate(n -> n < MAX_CHAINS ? n + 1 : n) < MAX_CHAINS;
    }
}
