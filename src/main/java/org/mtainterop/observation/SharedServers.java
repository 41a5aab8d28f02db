package org.mtainterop.observation;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.ServerPacing;

/**
 * What the targets of a run at the same address and port share: the server's bound on connections at once and its
 * pacing. Several operators' domains hosted on one MX (or one MX named by several domains) get
 * {@code --max-connections-per-host} connections from the run at once, not that many per target, and a server that
 * turns one target's connections away (421, refusals) slows the others' too. Servers are told apart by the address
 * as the target gives it (a name and the address it resolves to count as two) and the port.
 */
public final class SharedServers {
    /** One server's share. */
    record Share(Semaphore connections, ServerPacing pacing) {
    }

    private final Map<String, Share> servers = new ConcurrentHashMap<>();

    /** The share of the server at {@code endpoint}: {@code max} connections at once, fixed by its first target. */
    Share of(Endpoint endpoint, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1");
        }
        return servers.computeIfAbsent(endpoint.host().toLowerCase(Locale.ROOT) + "|" + endpoint.port(),
                server -> new Share(new Semaphore(max), ServerPacing.fresh()));
    }

    /** Servers seen so far. */
    int servers() {
        return servers.size();
    }
}
