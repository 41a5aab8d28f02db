package org.mtainterop.sender;

/**
 * A sending MTA the harness judges (direction "out"): it is handed a test message for a recipient whose
 * next hop is the adversarial receiver, and can be asked what is still in its queue. Implementations: the
 * embedded sender (Angus Mail in this JVM) and the reference MTA containers.
 */
public interface SenderUnderTest extends AutoCloseable {

    /** Short stable name for reports, e.g. "postfix:verify" or "embedded:may". */
    String name();

    /** One line: what the sender is and how it is configured. */
    String description();

    /** The outbound TLS policy the sender is configured with. */
    OutboundPolicy policy();

    /** Hands the message over for relaying to the receiver (the sender's own queue takes it from there). */
    void submit(TestMessage message) throws SenderException;

    /** Asks the sender to retry what it has queued now, rather than on its own schedule. */
    void retryNow() throws SenderException;

    /** Whether the message is still in the sender's queue, with the evidence (queue listing). */
    QueueState queueState(TestMessage message) throws SenderException;

    /** Drops everything queued, so one attempt cannot leak into the next. */
    void clearQueue() throws SenderException;

    @Override
    void close();
}
