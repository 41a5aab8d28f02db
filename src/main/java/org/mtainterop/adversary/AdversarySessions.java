package org.mtainterop.adversary;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.mtainterop.receiver.SessionAcceptor;

/**
 * The sessions of one adversarial server, whatever its protocol: how many run now, the whole-session deadline
 * that cuts each one off, the facts of those that ended (the newest {@code maxRetained}) and who is told of each.
 *
 * @param <F> the server's fact record
 */
public final class AdversarySessions<F> implements AutoCloseable {
    private final Duration deadline;
    private final int maxRetained;
    private final ScheduledExecutorService watchdog;
    private final Deque<F> finished = new ArrayDeque<>();
    private final List<Consumer<F>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger active = new AtomicInteger();

    public AdversarySessions(String name, Duration deadline, int maxRetained) {
        this.deadline = deadline;
        this.maxRetained = maxRetained;
        this.watchdog = Executors.newSingleThreadScheduledExecutor(SessionAcceptor.daemon(name + "-deadline"));
    }

    /**
     * A session starts: it counts as active, and {@code cutOff} runs if it outlives the deadline. Call the
     * returned callback once, on the session's thread, with its facts when it ends.
     */
    public Consumer<F> begin(Runnable cutOff) {
        active.incrementAndGet();
        ScheduledFuture<?> timer = watchdog.schedule(cutOff, deadline.toMillis(), TimeUnit.MILLISECONDS);
        return facts -> {
            timer.cancel(false);
            synchronized (finished) {
                finished.addLast(facts);
                while (finished.size() > maxRetained) {
                    finished.removeFirst();
                }
            }
            active.decrementAndGet(); // after the add: idle means every ended session is listed
            listeners.forEach(l -> l.accept(facts));
        };
    }

    /** Every session that has ended (at most the retained number), in the order they ended. */
    public List<F> ended() {
        synchronized (finished) {
            return List.copyOf(finished);
        }
    }

    /** Sessions in progress now. */
    public int active() {
        return active.get();
    }

    /** Called on the session's thread each time a session ends. */
    public void onSession(Consumer<F> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }
}
