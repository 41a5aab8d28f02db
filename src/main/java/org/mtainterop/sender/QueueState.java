package org.mtainterop.sender;

import java.util.Optional;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

/**
 * What a sender's queue said about one message: {@code stillQueued} is empty when the queue cannot be seen
 * (a live MTA seen only from the receiving side), so no verdict may rest on it. {@code described}: what was seen
 * (the MTA's own queue listing as a fact, or the harness's words as a message key).
 */
public record QueueState(Optional<Boolean> stillQueued, Reason described) {
    public static QueueState queued(String evidence) {
        return queued(Reason.fact(evidence));
    }

    public static QueueState queued(Reason evidence) {
        return new QueueState(Optional.of(true), evidence);
    }

    public static QueueState gone(String evidence) {
        return gone(Reason.fact(evidence));
    }

    public static QueueState gone(Reason evidence) {
        return new QueueState(Optional.of(false), evidence);
    }

    public static QueueState unknown(String why) {
        return unknown(Reason.fact(why));
    }

    public static QueueState unknown(Reason why) {
        return new QueueState(Optional.empty(), why);
    }

    /** What was seen, in English (evidence). */
    public String evidence() {
        return described.render(ReportLanguage.EN);
    }
}
