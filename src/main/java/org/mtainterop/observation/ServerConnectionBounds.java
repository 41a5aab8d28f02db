package org.mtainterop.observation;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.mtainterop.net.Endpoint;

/**
 * The bound on connections at once to each server of a run, shared by every target at the same address and port:
 * several operators' domains hosted on one MX (or one MX named by several domains) get
 * {@code --max-connections-per-host} connections from the run at once, not that many per target. Servers are told
 * apart by the address as the target gives it (a name and the address it resolves to count as two) and the port.
 */
public final class ServerConnectionBounds {
    private final Map<String, Semaphore> bounds = new ConcurrentHashMap<>();

    /** The bound of the server at {@code endpoint}: {@code max} connections at once, fixed by its first target. */
    Semaphore of(Endpoint endpoint, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1");
        }
        return bounds.computeIfAbsent(endpoint.host().toLowerCase(Locale.ROOT) + "|" + endpoint.port(),
                server -> new Semaphore(max));
    }

    /** Servers seen so far. */
    int servers() {
        return bounds.size();
    }
}
