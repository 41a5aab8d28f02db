package org.mtainterop.net;

import org.mtainterop.policy.Reason;

/**
 * A failure that says what happened as data (message keys, rendered in the report's language), beside its English
 * message for logs: the harness's own words about a connection, never only a string.
 */
public interface Said {
    Reason said();
}
