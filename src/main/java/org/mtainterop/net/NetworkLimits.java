package org.mtainterop.net;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on every conversation with a target: how long to wait for a connection, for each reply, and for
 * the whole session; how many bytes a line and a whole reply may have before the peer is called hostile; and
 * the {@link TargetHealth} its connections share (pacing and the target's budget; unwatched by default).
 */
public record NetworkLimits(Duration connectTimeout, Duration readTimeout, Duration sessionDeadline,
                            int maxLineLength, int maxReplyBytes, int maxReplyLines, TargetHealth health) {

    public NetworkLimits {
        Objects.requireNonNull(health, "health");
    }

    public NetworkLimits(Duration connectTimeout, Duration readTimeout, Duration sessionDeadline,
                         int maxLineLength, int maxReplyBytes, int maxReplyLines) {
        this(connectTimeout, readTimeout, sessionDeadline, maxLineLength, maxReplyBytes, maxReplyLines,
                TargetHealth.unwatched());
    }

    /** Defaults sized for real MTAs: RFC 5321 §4.5.3.1.5 allows 512-octet reply lines; we tolerate 8x. */
    public static NetworkLimits defaults() {
        return new NetworkLimits(Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofSeconds(45),
                4096, 64 * 1024, 512);
    }

    public NetworkLimits withSessionDeadline(Duration deadline) {
        return new NetworkLimits(connectTimeout, readTimeout, deadline, maxLineLength, maxReplyBytes, maxReplyLines, health);
    }

    public NetworkLimits withReadTimeout(Duration timeout) {
        return new NetworkLimits(connectTimeout, timeout, sessionDeadline, maxLineLength, maxReplyBytes, maxReplyLines, health);
    }

    public NetworkLimits withConnectTimeout(Duration timeout) {
        return new NetworkLimits(timeout, readTimeout, sessionDeadline, maxLineLength, maxReplyBytes, maxReplyLines, health);
    }

    /** The same limits, the connections sharing {@code shared} (one per server: its pacing and budget). */
    public NetworkLimits withHealth(TargetHealth shared) {
        return new NetworkLimits(connectTimeout, readTimeout, sessionDeadline, maxLineLength, maxReplyBytes, maxReplyLines, shared);
    }
}
