package org.mtainterop.pki;

import java.time.Duration;
import java.time.Instant;

/** The notBefore/notAfter window of a certificate about to be issued. */
record Validity(Instant notBefore, Instant notAfter) {

    private static final Duration LEAF_LIFETIME = Duration.ofDays(90);

    Validity {
        if (!notAfter.isAfter(notBefore)) {
            throw new IllegalArgumentException("notAfter " + notAfter + " is not after notBefore " + notBefore);
        }
    }

    /** 90 days, starting an hour ago so that small clock skew on a target does not matter. */
    static Validity currentLeaf(Instant now) {
        Instant start = now.minus(Duration.ofHours(1));
        return new Validity(start, start.plus(LEAF_LIFETIME));
    }

    /** Ended a day ago. */
    static Validity expiredLeaf(Instant now) {
        Instant end = now.minus(Duration.ofDays(1));
        return new Validity(end.minus(LEAF_LIFETIME), end);
    }

    /** Starts in a day. */
    /** A current leaf issued for {@code days}: three years, say, where subscriber certificates may have 825 days. */
    static Validity currentLeaf(Instant now, int days) {
        Instant start = now.minus(Duration.ofHours(1));
        return new Validity(start, start.plus(Duration.ofDays(days)));
    }

    static Validity futureLeaf(Instant now) {
        Instant start = now.plus(Duration.ofDays(1));
        return new Validity(start, start.plus(LEAF_LIFETIME));
    }

    /** Long-lived, for the test CAs: from a day ago for {@code years} years. */
    static Validity authority(Instant now, int years) {
        Instant start = now.minus(Duration.ofDays(1));
        return new Validity(start, start.plus(Duration.ofDays(365L * years)));
    }
}
