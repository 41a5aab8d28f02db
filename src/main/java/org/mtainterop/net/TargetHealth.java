package org.mtainterop.net;

import java.time.Duration;
import java.util.Optional;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

/**
 * What the connections to one target have shown so far: how soon the next one may start (its server's
 * {@link ServerPacing}, shared with the other targets at the same address and port) and whether any more may start
 * at all (the target's budget). Every {@link LineConnection} asks {@link #admit()} before it connects and reports
 * what it met; the probes above it report a greeting that turned them away ({@link #busy}).
 *
 * <p>Pacing costs nothing while the server is happy and backs off when it struggles: {@link ServerPacing}. The
 * target's own floor ({@code --min-interval}, 0 by default) spaces the starts it asks for.
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
    private final boolean watched;
    private final long floorNanos;
    private final Duration targetDeadline;
    private final ServerPacing pacing;
    private Deadline deadline;
    private boolean started;
    private volatile Reason brokenBecause;

    private TargetHealth(boolean watched, Duration floor, Duration targetDeadline, ServerPacing pacing) {
        this.watched = watched;
        if (floor.isNegative()) {
            throw new IllegalArgumentException("the pacing floor must be zero or positive: " + floor);
        }
        this.floorNanos = floor.toNanos();
        this.targetDeadline = targetDeadline;
        this.pacing = pacing;
    }

    /**
     * The health of one server's only target: connection starts at least {@code floor} apart (plus back-off when it
     * struggles), and no connection after {@code targetDeadline} from the first, or after a session showed it broken.
     */
    public static TargetHealth of(Duration floor, Duration targetDeadline) {
        return of(floor, targetDeadline, ServerPacing.fresh());
    }

    /** As above, for one of the targets at a server whose pacing they share. */
    public static TargetHealth of(Duration floor, Duration targetDeadline, ServerPacing server) {
        return new TargetHealth(true, floor, targetDeadline, server.join());
    }

    /**
     * Nobody watching: no pacing, no budget beyond each session's own deadline, signs ignored (connections made
     * outside a fact store, such as unit tests of a probe; {@link NetworkLimits#defaults()}).
     */
    public static TargetHealth unwatched() {
        return UNWATCHED;
    }

    private static final TargetHealth UNWATCHED = new TargetHealth(false, Duration.ZERO, null, ServerPacing.fresh());

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
                if (targetDeadline != null) {
                    deadline = Deadline.in(targetDeadline, Reason.of("Deadline.target"));
                }
            }
            long latest = deadline == null ? Long.MAX_VALUE / 2 + now : now + deadline.remainingMillis() * 1_000_000;
            long start = pacing.reserve(now, floorNanos, latest);
            if (start == -1) {
                throw new TargetGivenUpException(Reason.of("Budget.backOffTooLong", deadline.said(),
                        pacing.distressSigns()));
            }
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
            throw new TargetGivenUpException(Reason.of("Budget.earlierBroken", brokenBecause));
        }
        if (deadline != null && deadline.expired()) {
            throw new TargetGivenUpException(Reason.of("Budget.deadlinePassed", deadline.said()));
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
        Deadline own = Deadline.in(session, Reason.of("Deadline.session"));
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
        if (took.compareTo(ServerPacing.SLOW_ACCEPT) > 0) {
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
    public void broken(Reason reason) {
        synchronized (this) {
            if (watched && brokenBecause == null && started) {
                brokenBecause = reason;
            }
        }
    }

    /** As above, the reason a lower layer's text as it stands. */
    public void broken(String reason) {
        broken(Reason.fact(reason));
    }

    /** Why the target was given up, if it was: broken, or its deadline passed. */
    public synchronized Optional<String> givenUp() {
        return givenUpBecause().map(said -> said.render(ReportLanguage.EN)); // the exception's own message
    }

    /** As {@link #givenUp()}, as data: the reason in the report's language. */
    public synchronized Optional<Reason> givenUpBecause() {
        try {
            check();
            return Optional.empty();
        } catch (TargetGivenUpException e) {
            return Optional.of(e.said());
        }
    }

    /** Signs of distress seen so far (421s, refusals, resets, slow accepts), on this target's server. */
    public int distressSigns() {
        return pacing.distressSigns();
    }

    /** Connection starts the server's burst budget allows right now, before the sustained rate spaces them. */
    int burstLeft() {
        return pacing.burstLeft();
    }

    /** The current back-off between connection starts to the server (zero on a happy server). */
    public Duration backOff() {
        return pacing.backOff();
    }

    private void distress(long startNanos) {
        if (watched) {
            pacing.distress(startNanos);
        }
    }

    private void healthy() {
        if (watched) {
            pacing.healthy();
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
