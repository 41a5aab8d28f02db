package org.mtainterop.interop;

import java.util.Optional;
import org.mtainterop.sender.TestMessage;

/** One sending side of one ordered pair: takes a message, retries on request, and says what it still holds. */
interface InteropSender extends AutoCloseable {
    void inject(TestMessage message);

    /** Try the queue now rather than after the MTA's back-off. */
    void flush();

    /** Whether the sender still holds the message (deferred), with what its queue listing showed. */
    boolean holds(TestMessage message);

    String queueEvidence(TestMessage message);

    /** The sender's own statement that it verified the receiver's certificate, if it makes one. */
    Optional<String> verificationEvidence();

    /** The sender's last word on trouble (log line or exception), for a pair that failed. */
    String troubleEvidence();

    @Override
    void close();
}
