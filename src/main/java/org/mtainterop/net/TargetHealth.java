package org.mtainterop.net;

import java.time.Duration;
import java.util.Optional;

/**
 * What the connections to one server have shown so far, shared by all of them: how soon the next one may start
 * (adaptive pacing) and whether any more may start at all (the target's budget). Every {@link LineConnection}
 * asks {@link #admit()} before it connects and reports what it met; the probes above it report a greeting that
 * turned them away ({@link #busy}).
 *
 * <p>Pacing costs nothing while the server is happy: connection starts are spaced only by the explicit floor
 * ({@code --min-interval}, 0 by default) and a burst budget of {@value #BURST} starts, refilled at
 * {@value #SUSTAINED_PER_SECOND} a second (a full run of one target makes 50 to 150). A sign of distress (a greeting
 * that says busy, such as SMTP 421; a refused or reset connection; an accept slower than {@link #SLOW_ACCEPT})
 * empties the burst budget and spaces starts by a back-off that begins at {@link #FIRST_BACK_OFF} and doubles with
 * each further sign, up to {@link #MAX_BACK_OFF}; every {@value #RECOVERY} healthy connections in a row halve it,
 * and below the first step it is gone. Signs from connections that started before the last change of back-off are
 * the same crowd the change answered, and count once: four refusals of four parallel connections double it once.
 * Once the server has recovered ({@value #RECOVERY} healthy connections in a row after its back-off is gone), it
 * gets its burst budget back, halved for each episode of distress so far ({@value #BURST}/2, then /4...): a server
 * that turned a crowd away once, at the start (Exim's {@code smtp_accept_max} while the children of the first
 * connections still run), is not held to {@value #SUSTAINED_PER_SECOND} starts a second for the rest of the run, and
 * one that keeps turning connections away earns less each time.
 *
 * <p>The budget: once a session shows the server broken (no answer within the read timeout, a reply drip-fed
 * slower than it, a session deadline reached: {@link #broken}), or once the target's own deadline has passed
 * (counted from its first connection, and lengthened by the explicit floor for each connection: the wait the user
 * asked for is not the server's time, nor is the time it waited with nothing under way while other targets on the same
 * server held every connection: {@link #notTheServersTime}), no further connection is made: {@link #admit()} throws
 * {@link TargetGivenUpException} with the reason, which the probes report as "not tested". Sessions under way
 * end by their own deadline, which is never later than the target's ({@link #sessionDeadline}).
 */
public final class TargetHealth {
    static final int BURST = 200;
    static final int SUSTAINED_PER_SECOND = 10;
    static final Duration SLOW_ACCEPT = Duration.ofSeconds(1);
    static final Duration FIRST_BACK_OFF = Duration.ofMillis(25);
    static final Duration MAX_BACK_OFF = Duration.ofMillis(400);
    static final int RECOVERY = 4;
    private static final long REFILL_NANOS = 1_000_000_000L / SUSTAINED_PER_SECOND;

    private final boolean watched;
    private final long floorNanos;
    private final Duration targetDeadline;
    private Deadline deadline;
    private double tokens = BURST;
    private long lastRefillNanos;
    private long nextStartNanos;
    private boolean started;
    private long backOffNanos;
    private long backOffChangedNanos = Long.MIN_VALUE;
    private int healthyInARow;
    private int distressSigns;
    private int distressEpisodes;
    private boolean recovering;
    private volatile String brokenBecause;

    private TargetHealth(boolean watched, Duration floor, Duration targetDeadline) {
        this.watched = watched;
        if (floor.isNegative()) {
            throw new IllegalArgumentException("the pacing floor must be zero or positive: " + floor);
        }
        this.floorNanos = floor.toNanos();
        this.targetDeadline = targetDeadline;
    }

    /**
     * The health of one server: connection starts at least {@code floor} apart (plus back-off when it struggles),
     * and no connection after {@code targetDeadline} from the first, or after a session showed it broken.
     */
    public static TargetHealth of(Duration floor, Duration targetDeadline) {
        return new TargetHealth(true, floor, targetDeadline);
    }

    /**
     * Nobody watching: no pacing, no budget beyond each session's own deadline, signs ignored (connections made
     * outside a fact store, such as unit tests of a probe; {@link NetworkLimits#defaults()}).
     */
    public static TargetHealth unwatched() {
        return UNWATCHED;
    }

    private static final TargetHealth UNWATCHED = new TargetHealth(false, Duration.ZERO, null);

    /**
     * Waits until a new connection may start and counts it; throws, without waiting, when the target has been
     * given up (broken, or its deadline passed).
     */
    public void admit() throws TargetGivenUpException {
        if (!watched) {
            return;
        }
        long wait;
        synchronized (this) {
            check();
            long now = System.nanoTime();
            if (!started) {
                started = true;
                lastRefillNanos = now;
                nextStartNanos = now;
                if (targetDeadline != null) {
                    deadline = Deadline.in(targetDeadline, "target deadline");
                }
            }
            tokens = Math.min(BURST, tokens + (double) (now - lastRefillNanos) / REFILL_NANOS);
            lastRefillNanos = now;
            long spacing = Math.max(floorNanos, backOffNanos);
            long start = Math.max(now, nextStartNanos);
            if (tokens < 1) {
                start = Math.max(start, now + (long) ((1 - tokens) * REFILL_NANOS));
            }
            if (deadline != null && start - now > deadline.remainingMillis() * 1_000_000) {
                throw new TargetGivenUpException("not tested: the " + deadline.describe()
                        + " would pass before the back-off the server asked for (" + distressSigns
                        + " sign(s) of distress: 421, refused or reset connections, slow accepts)");
            }
            tokens -= 1;
            nextStartNanos = start + spacing;
            if (deadline != null && floorNanos > 0) {
                deadline = deadline.extendedBy(Duration.ofNanos(floorNanos)); // the user's own pacing is not the server's time
            }
            wait = start - now;
        }
        if (wait > 0) {
            sleepNanos(wait);
            synchronized (this) {
                check();
            }
        }
    }

    private void check() throws TargetGivenUpException {
        if (brokenBecause != null) {
            throw new TargetGivenUpException("not tested: an earlier session showed the server broken ("
                    + brokenBecause + ")");
        }
        if (deadline != null && deadline.expired()) {
            throw new TargetGivenUpException("not tested: the " + deadline.describe() + " passed");
        }
    }

    /**
     * The target waited {@code stalled} for connections that other targets on the same server held, with nothing of
     * its own under way: time the server gave to them, added to its deadline (once it has started).
     */
    public void notTheServersTime(Duration stalled) {
        if (!watched || stalled.isNegative() || stalled.isZero()) {
            return;
        }
        synchronized (this) {
            if (deadline != null) {
                deadline = deadline.extendedBy(stalled);
            }
        }
    }

    /** The deadline of a session starting now: its own, or the target's when that comes first. */
    Deadline sessionDeadline(Duration session) {
        Deadline own = Deadline.in(session, "session deadline");
        if (!watched) {
            return own;
        }
        synchronized (this) {
            return deadline == null ? own : own.earlierOf(deadline);
        }
    }

    /**
     * A connection started at {@code startNanos} ({@link System#nanoTime()}) was accepted after {@code took}:
     * healthy, or a slow accept (a sign of distress).
     */
    void connected(long startNanos, Duration took) {
        if (took.compareTo(SLOW_ACCEPT) > 0) {
            distress(startNanos);
        } else {
            healthy();
        }
    }

    /** The connection started at {@code startNanos} was refused or reset: a sign of distress. */
    void refusedOrReset(long startNanos) {
        distress(startNanos);
    }

    /**
     * The server turned away, in its greeting, the session whose connection started at {@code startNanos}, for now
     * (SMTP 421, IMAP {@code * BYE}, POP3 {@code -ERR}): a sign of distress.
     */
    void busy(long startNanos) {
        distress(startNanos);
    }

    /** A session showed the server broken; the first reason is kept and no further connection is made. */
    public void broken(String reason) {
        synchronized (this) {
            if (watched && brokenBecause == null && started) {
                brokenBecause = reason;
            }
        }
    }

    /** Why the target was given up, if it was: broken, or its deadline passed. */
    public synchronized Optional<String> givenUp() {
        try {
            check();
            return Optional.empty();
        } catch (TargetGivenUpException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Signs of distress seen so far (421s, refusals, resets, slow accepts). */
    public synchronized int distressSigns() {
        return distressSigns;
    }

    /** Connection starts the burst budget allows right now, before the sustained rate spaces them. */
    synchronized int burstLeft() {
        return (int) Math.max(0, Math.floor(tokens));
    }

    /** The current back-off between connection starts (zero on a happy server). */
    public synchronized Duration backOff() {
        return Duration.ofNanos(backOffNanos);
    }

    private synchronized void distress(long startNanos) {
        if (!watched) {
            return;
        }
        distressSigns++;
        healthyInARow = 0;
        tokens = Math.min(tokens, 0);
        if (!recovering) {
            recovering = true;
            distressEpisodes++;
        }
        if (backOffChangedNanos != Long.MIN_VALUE && startNanos - backOffChangedNanos < 0) {
            return; // started before the last change: the change already answered it
        }
        backOffNanos = Math.min(MAX_BACK_OFF.toNanos(), Math.max(FIRST_BACK_OFF.toNanos(), backOffNanos * 2));
        backOffChangedNanos = System.nanoTime();
    }

    private synchronized void healthy() {
        if (backOffNanos == 0) {
            if (recovering && ++healthyInARow >= RECOVERY) {
                recovering = false;
                healthyInARow = 0;
                tokens = Math.max(tokens, BURST >> Math.min(distressEpisodes, 30));
            }
            return;
        }
        if (++healthyInARow >= RECOVERY) {
            healthyInARow = 0;
            backOffNanos /= 2;
            if (backOffNanos < FIRST_BACK_OFF.toNanos()) {
                backOffNanos = 0;
            }
        }
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
