package org.mtainterop.interop;

import org.mtainterop.policy.Reason;

/**
 * Which side of a pair a failed delivery is blamed on, from what the sender's queue shows after the timeout:
 * still queued means the sender tried and the receiver refused it (or the handshake failed); not queued and not
 * delivered means the sender never relayed it (it refused, bounced or lost it).
 */
public enum FaultSide {
    NONE("delivered"), SENDER("sender: the message never left (not queued, not delivered)"),
    RECEIVER("receiver: the sender still holds the message (refused, or the handshake failed)");

    private final String description;

    FaultSide(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** {@link #description()} in the report's language. */
    public Reason described() {
        return switch (this) {
            case NONE -> Reason.of("FaultSide.none");
            case SENDER -> Reason.of("FaultSide.sender");
            case RECEIVER -> Reason.of("FaultSide.receiver");
        };
    }
}
