package org.mtainterop.net;

import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Closes a socket when its session deadline passes, whatever the thread using it is blocked in. Socket
 * timeouts bound each read, not a TLS handshake or record fed one byte at a time, nor a write to a peer
 * that never reads: this is what makes the deadline hold there too.
 */
public final class DeadlineWatchdog {
    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private DeadlineWatchdog() {
    }

    /** Schedules the close; cancel the returned future when the session ends first. */
    public static Future<?> closeAt(Deadline deadline, Socket socket) {
        return closeAt(deadline, socket, () -> { });
    }

    /** As {@link #closeAt(Deadline, Socket)}, telling {@code fired} when it closed a socket still open. */
    public static Future<?> closeAt(Deadline deadline, Socket socket, Runnable fired) {
        return TIMER.schedule(() -> {
            if (!socket.isClosed()) {
                fired.run();
            }
            try {
                socket.close();
            } catch (IOException ignored) {
                // already closed: the deadline holds either way
            }
        }, deadline.remainingMillis(), TimeUnit.MILLISECONDS);
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread t = new Thread(runnable, "mta-interop-deadline-watchdog");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
