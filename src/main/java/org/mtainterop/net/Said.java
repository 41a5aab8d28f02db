package org.mtainterop.net;

import org.mtainterop.policy.Reason;

/**
 * A failure that says what happened as data (message keys, rendered in the report's language), beside its English
 * message for logs: the harness's own words about a connection, never only a string.
 */
public interface Said {
    Reason said();

    /** What {@code failure} says: its reason when it is {@link Said}, else its message as a fact (a lower layer's words). */
    static Reason of(Throwable failure) {
        return failure instanceof Said said ? said.said() : Reason.fact(String.valueOf(failure.getMessage()));
    }
}
