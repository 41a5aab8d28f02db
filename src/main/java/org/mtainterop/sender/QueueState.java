package org.mtainterop.sender;

import java.util.Optional;

/**
 * What a sender's queue said about one message: {@code stillQueued} is empty when the queue cannot be seen
 * (a live MTA seen only from the receiving side), so no verdict may rest on it.
 */
public record QueueState(Optional<Boolean> stillQueued, String evidence) {
    public static QueueState queued(String evidence) {
        return new QueueState(Optional.of(true), evidence);
    }

    public static QueueState gone(String evidence) {
        return new QueueState(Optional.of(false), evidence);
    }

    public static QueueState unknown(String why) {
        return new QueueState(Optional.empty(), why);
    }
}
