package org.mtainterop.observation;

import java.time.Duration;

/**
 * Politeness toward a live operator: connection starts to one target are spaced at least
 * {@code minInterval} apart, whatever the concurrency allows. Zero means no pacing (embedded targets).
 */
final class ConnectionPacer {
    private final long intervalNanos;
    private long nextStartNanos;
    private boolean first = true;

    ConnectionPacer(Duration minInterval) {
        this.intervalNanos = minInterval.toNanos();
    }

    /** Blocks until this caller may open its connection; callers are admitted one interval apart. */
    void awaitTurn() {
        if (intervalNanos <= 0) {
            return;
        }
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long start = first || now - nextStartNanos >= 0 ? now : nextStartNanos;
            first = false;
            nextStartNanos = start + intervalNanos;
            wait = start - now;
        }
        sleepNanos(wait);
    }

    private static void sleepNanos(long nanos) {
        long end = System.nanoTime() + nanos;
        long left = nanos;
        while (left > 0) {
            try {
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            left = end - System.nanoTime();
        }
    }
}
