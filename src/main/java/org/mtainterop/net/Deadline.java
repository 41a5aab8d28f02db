package org.mtainterop.net;

import java.time.Duration;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

/** One overall deadline for a whole conversation with a target; every read asks it how long it may wait. */
public final class Deadline {
    private final long endNanos;
    private final Duration total;
    private final String what;
    private final Reason name;

    private Deadline(long endNanos, Duration total, String what, Reason name) {
        this.total = total;
        this.endNanos = endNanos;
        this.what = what;
        this.name = name;
    }

    /** A session deadline {@code total} from now. */
    public static Deadline in(Duration total) {
        return in(total, "session deadline");
    }

    /** A deadline {@code total} from now, named in messages as {@code what} ("the target's deadline"). */
    public static Deadline in(Duration total, String what) {
        return new Deadline(System.nanoTime() + total.toNanos(), total, what, null);
    }

    /** As above, named by a message key ({@code Reason.of("Deadline.session")}), in the report's language. */
    public static Deadline in(Duration total, Reason what) {
        return new Deadline(System.nanoTime() + total.toNanos(), total, what.render(ReportLanguage.EN), what);
    }

    public Duration total() {
        return total;
    }

    /** As messages name it: {@code session deadline of 45 s}. */
    public String describe() {
        return what + " of " + total.toSeconds() + " s";
    }

    /** As {@link #describe()}, as data: « délai de session de 45 s » in French when it was named by a key. */
    public Reason said() {
        return name == null ? Reason.fact(describe()) : Reason.of("Deadline.of", name, total.toSeconds());
    }

    /** The same deadline, {@code more} later (its name and total as they were). */
    public Deadline extendedBy(Duration more) {
        return new Deadline(endNanos + more.toNanos(), total, what, name);
    }

    /** This deadline or {@code other}, whichever ends first. */
    public Deadline earlierOf(Deadline other) {
        return other.endNanos - endNanos < 0 ? other : this;
    }

    public boolean expired() {
        return System.nanoTime() - endNanos >= 0;
    }

    /**
     * Rounded up: a timeout or a watchdog set to it ends when the deadline has passed, not a fraction of a
     * millisecond before, so what it interrupts is reported as the deadline and not as a lost connection.
     */
    public long remainingMillis() {
        return Math.max(0, Math.floorDiv(endNanos - System.nanoTime() + 999_999, 1_000_000));
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
