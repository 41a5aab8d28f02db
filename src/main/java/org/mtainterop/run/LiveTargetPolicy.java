package org.mtainterop.run;

import java.time.Duration;
import java.util.Optional;

/**
 * How politely the harness treats an operator's live MX (targets it did not start itself): whether it may
 * begin a mail transaction (MAIL, and RCPT only to {@code rcpt}), and the floor of how far apart connections
 * start. Above the floor every target is paced adaptively ({@link org.mtainterop.net.TargetHealth}: nothing while
 * it is happy, back-off on 421, refusals, resets and slow accepts); embedded targets and containers the harness
 * starts are always allowed and have no floor.
 */
public record LiveTargetPolicy(boolean allowTransaction, Optional<String> rcpt, Duration minInterval) {
    /**
     * Default floor between connection starts to one live MX: none. The per-host bound (four at once) and the
     * adaptive pacing are the politeness; a fixed 200 ms (until issue 17) cost a happy server's run 25 s for nothing.
     */
    public static final Duration DEFAULT_MIN_INTERVAL = Duration.ZERO;

    public LiveTargetPolicy {
        if (allowTransaction && rcpt.isEmpty()) {
            throw new IllegalArgumentException("--allow-transaction needs --rcpt ADDRESS (a mailbox you own on the target)");
        }
        if (!allowTransaction && rcpt.isPresent()) {
            throw new IllegalArgumentException("--rcpt is only used with --allow-transaction");
        }
        rcpt.ifPresent(r -> {
            if (!r.matches("[^\\s<>@]+@[A-Za-z0-9.-]+")) {
                throw new IllegalArgumentException("--rcpt '" + r + "': not a mailbox address (local@domain)");
            }
        });
        if (minInterval.isNegative() || minInterval.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("--min-interval must be between 0 and 60000 milliseconds");
        }
    }

    /** No transaction, no floor under the adaptive pacing. */
    public static LiveTargetPolicy polite() {
        return new LiveTargetPolicy(false, Optional.empty(), DEFAULT_MIN_INTERVAL);
    }
}
