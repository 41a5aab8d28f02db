package org.mtainterop.net;

import java.time.Duration;

/** One overall deadline for a whole conversation with a target; every read asks it how long it may wait. */
public final class Deadline {
    private final long endNanos;
    private final Duration total;

    private Deadline(Duration total) {
        this.total = total;
        this.endNanos = System.nanoTime() + total.toNanos();
    }

    public static Deadline in(Duration total) {
        return new Deadline(total);
    }

    public Duration total() {
        return total;
    }

    public boolean expired() {
        return System.nanoTime() - endNanos >= 0;
    }

    public long remainingMillis() {
        return Math.max(0, (endNanos - System.nanoTime()) / 1_000_000);
    }

    /**
     * The socket timeout for the next blocking call: the per-read timeout, shortened to what is left of the
     * deadline (at least 1 ms, since 0 would mean "wait forever" to a socket).
     */
    public int nextTimeoutMillis(Duration perRead) {
        long bound = Math.min(perRead.toMillis(), remainingMillis());
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, bound));
    }
}
