package org.mtainterop.operators;

import java.util.List;

/** Finds the MX hosts of a mail domain, best preference first (for operators with {@code discover: dns}). */
@FunctionalInterface
public interface MxLookup {
    /** The MX host names of {@code domain} (no trailing dot), best first; empty if it publishes none. */
    List<String> mxHosts(String domain);
}
