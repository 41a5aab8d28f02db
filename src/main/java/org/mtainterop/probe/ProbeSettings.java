package org.mtainterop.probe;

import java.time.Instant;
import org.mtainterop.cert.TrustAnchors;
import org.mtainterop.net.NetworkLimits;

/** How the harness behaves as a client: its EHLO name, its limits, what it trusts, how hard it may knock. */
public record ProbeSettings(String ehloName, NetworkLimits limits, TrustAnchors trust, int maxConnectionsPerHost) {
    public static final String DEFAULT_EHLO_NAME = "probe.mta-interop.test";

    public ProbeSettings {
        if (maxConnectionsPerHost < 1) {
            throw new IllegalArgumentException("maxConnectionsPerHost must be at least 1");
        }
    }

    /** The instant certificates are judged at: now, read once per call so a run is consistent enough. */
    public Instant now() {
        return Instant.now();
    }
}
