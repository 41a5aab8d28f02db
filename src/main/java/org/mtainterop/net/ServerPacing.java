package org.mtainterop.net;

import java.time.Duration;

/**
 * How soon the next connection to one server may start: adaptive pacing, shared by every target at that server's
 * address and port (its {@link TargetHealth}s), so that a server that turns one target's connections away slows the
 * others' too. Each target that joins brings its own burst budget of {@value #BURST} starts into the pool.
 *
 * <p>Pacing costs nothing while the server is happy: starts are spaced only by the explicit floor of the target
 * asking ({@code --min-interval}, 0 by default) and the burst budget, refilled at {@value #SUSTAINED_PER_SECOND} a
 * second. A sign of distress (a greeting that says busy, such as SMTP 421; a refused or reset connection; an accept
 * slower than {@link #SLOW_ACCEPT}) empties the burst budget and spaces starts by a back-off that begins at
 * {@link #FIRST_BACK_OFF} and doubles with each further sign, up to {@link #MAX_BACK_OFF}; every {@value #RECOVERY}
 * healthy connections in a row halve it, and below the first step it is gone. Signs from connections that started
 * before the last change of back-off are the same crowd the change answered, and count once. Once the server has
 * recovered ({@value #RECOVERY} healthy connections in a row after its back-off is gone), it gets its burst budget
 * back, halved for each episode of distress so far.
 */
public final class ServerPacing {
    static final int BURST = 200;
    static final int SUSTAINED_PER_SECOND = 10;
    static final Duration SLOW_ACCEPT = Duration.ofSeconds(1);
    static final Duration FIRST_BACK_OFF = Duration.ofMillis(25);
    static final Duration MAX_BACK_OFF = Duration.ofMillis(400);
    static final int RECOVERY = 4;
    private static final long REFILL_NANOS = 1_000_000_000L / SUSTAINED_PER_SECOND;

    private int members;
    private double tokens;
    private long lastRefillNanos;
    private long nextStartNanos;
    private boolean started;
    private long backOffNanos;
    private long backOffChangedNanos = Long.MIN_VALUE;
    private int healthyInARow;
    private int distressSigns;
    private int distressEpisodes;
    private boolean recovering;

    /** The pacing of a server no target has joined yet. */
    public static ServerPacing fresh() {
        return new ServerPacing();
    }

    /** A target joins: the pool gains its burst budget. */
    synchronized ServerPacing join() {
        members++;
        tokens += BURST;
        return this;
    }

    private long capacity() {
        return (long) BURST * Math.max(1, members);
    }

    /**
     * When a connection asked for now may start, spaced at least {@code floorNanos} from the next one: the start
     * (reserved), or -1 (nothing reserved) when it would be later than {@code latestStartNanos}.
     */
    synchronized long reserve(long now, long floorNanos, long latestStartNanos) {
        if (!started) {
            started = true;
            lastRefillNanos = now;
            nextStartNanos = now;
        }
        tokens = Math.min(capacity(), tokens + (double) (now - lastRefillNanos) / REFILL_NANOS);
        lastRefillNanos = now;
        long start = Math.max(now, nextStartNanos);
        if (tokens < 1) {
            start = Math.max(start, now + (long) ((1 - tokens) * REFILL_NANOS));
        }
        if (start - latestStartNanos > 0) {
            return -1;
        }
        tokens -= 1;
        nextStartNanos = start + Math.max(floorNanos, backOffNanos);
        return start;
    }

    synchronized void distress(long startNanos) {
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

    synchronized void healthy() {
        if (backOffNanos == 0) {
            if (recovering && ++healthyInARow >= RECOVERY) {
                recovering = false;
                healthyInARow = 0;
                tokens = Math.max(tokens, capacity() >> Math.min(distressEpisodes, 30));
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

    /** Signs of distress seen so far (421s, refusals, resets, slow accepts), from every target on the server. */
    synchronized int distressSigns() {
        return distressSigns;
    }

    /** Connection starts the burst budget allows right now. */
    synchronized int burstLeft() {
        return (int) Math.max(0, Math.floor(tokens));
    }

    /** The current back-off between connection starts (zero on a happy server). */
    synchronized Duration backOff() {
        return Duration.ofNanos(backOffNanos);
    }
}
