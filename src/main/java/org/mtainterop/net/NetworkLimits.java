package org.mtainterop.net;

import java.time.Duration;

/**
 * Bounds on every conversation with a target: how long to wait for a connection, for each read, and for
 * the whole session; how many bytes a line and a whole reply may have before the peer is called hostile.
 */
public record NetworkLimits(Duration connectTimeout, Duration readTimeout, Duration sessionDeadline,
                            int maxLineLength, int maxReplyBytes, int maxReplyLines) {

    /** Defaults sized for real MTAs: RFC 5321 §4.5.3.1.5 allows 512-octet reply lines; we tolerate 8x. */
    public static NetworkLimits defaults() {
        return new NetworkLimits(Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofSeconds(45),
                4096, 64 * 1024, 512);
    }

    public NetworkLimits withSessionDeadline(Duration deadline) {
        return new NetworkLimits(connectTimeout, readTimeout, deadline, maxLineLength, maxReplyBytes, maxReplyLines);
    }

    public NetworkLimits withReadTimeout(Duration timeout) {
        return new NetworkLimits(connectTimeout, timeout, sessionDeadline, maxLineLength, maxReplyBytes, maxReplyLines);
    }

    public NetworkLimits withConnectTimeout(Duration timeout) {
        return new NetworkLimits(timeout, readTimeout, sessionDeadline, maxLineLength, maxReplyBytes, maxReplyLines);
    }
}
