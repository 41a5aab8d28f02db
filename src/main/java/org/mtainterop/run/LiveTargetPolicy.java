package org.mtainterop.run;

import java.time.Duration;
import java.util.Optional;

/**
 * How politely the harness treats an operator's live MX (targets it did not start itself): whether it may
 * begin a mail transaction (MAIL, and RCPT only to {@code rcpt}), and how far apart connections start.
 * Embedded targets and containers the harness starts are always allowed and never paced.
 */
public record LiveTargetPolicy(boolean allowTransaction, Optional<String> rcpt, Duration minInterval) {
    /** Default spacing between connection starts to one live MX: five a second at most. */
    public static final Duration DEFAULT_MIN_INTERVAL = Duration.ofMillis(200);

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

    /** No transaction, the default pacing. */
    public static LiveTargetPolicy polite() {
        return new LiveTargetPolicy(false, Optional.empty(), DEFAULT_MIN_INTERVAL);
    }
}
