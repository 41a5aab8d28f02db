package org.mtainterop.probe;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.mtainterop.cert.TrustAnchors;
import org.mtainterop.net.NetworkLimits;

/**
 * How the harness behaves as a client: its EHLO name, its limits, what it trusts, how hard it may knock.
 *
 * @param allowTransaction whether probes may send MAIL (and RCPT to {@code rcpt}): always for targets the
 *                         harness started itself, for a live MX only with {@code --allow-transaction --rcpt}
 * @param rcpt             the only recipient a probe may name, when transactions are allowed on a live MX
 * @param minInterval      the least time between two connection starts to the target: the floor of its pacing
 * @param partner          whether the target requires TLS from partners, and where to connect from as one
 * @param spareConnections whether the run has connections to spare for one target's hellos at once (few targets):
 *                         the enumeration then eliminates the suites where their order is not measured, and the
 *                         TLS 1.3 groups, in parallel chains, a few more hellos in much less time on a far MX; with
 *                         many targets every connection is busy anyway, and the fewest hellos finish the night first
 */
public record ProbeSettings(String ehloName, NetworkLimits limits, TrustAnchors trust, int maxConnectionsPerHost,
                            boolean allowTransaction, Optional<String> rcpt, Duration minInterval,
                            PartnerSource partner, boolean spareConnections) {
    /** Targets in a run up to which it has connections to spare for parallel elimination. */
    public static final int FEW_TARGETS = 8;
    public static final String DEFAULT_EHLO_NAME = "probe.mta-interop.test";

    public ProbeSettings {
        if (maxConnectionsPerHost < 1) {
            throw new IllegalArgumentException("maxConnectionsPerHost must be at least 1");
        }
        Objects.requireNonNull(rcpt, "rcpt");
        if (minInterval == null || minInterval.isNegative()) {
            throw new IllegalArgumentException("minInterval must be zero or positive: " + minInterval);
        }
        Objects.requireNonNull(partner, "partner");
    }

    public ProbeSettings(String ehloName, NetworkLimits limits, TrustAnchors trust, int maxConnectionsPerHost,
                         boolean allowTransaction, Optional<String> rcpt, Duration minInterval) {
        this(ehloName, limits, trust, maxConnectionsPerHost, allowTransaction, rcpt, minInterval,
                PartnerSource.undeclared(), false);
    }

    /** Settings for a target the harness started itself: transactions allowed, no pacing. */
    public ProbeSettings(String ehloName, NetworkLimits limits, TrustAnchors trust, int maxConnectionsPerHost) {
        this(ehloName, limits, trust, maxConnectionsPerHost, true, Optional.empty(), Duration.ZERO);
    }

    /** The same settings with MAIL/RCPT allowed or not (and the one recipient a probe may name). */
    public ProbeSettings withTransactions(boolean allowed, Optional<String> recipient) {
        return new ProbeSettings(ehloName, limits, trust, maxConnectionsPerHost, allowed, recipient, minInterval,
                partner, spareConnections);
    }

    /** The same settings for a target with this partner declaration (STARTTLS-05). */
    public ProbeSettings withPartner(PartnerSource declared) {
        return new ProbeSettings(ehloName, limits, trust, maxConnectionsPerHost, allowTransaction, rcpt, minInterval,
                declared, spareConnections);
    }

    /** The same settings with other network limits (the fact store gives each target's its own health). */
    public ProbeSettings withLimits(NetworkLimits other) {
        return new ProbeSettings(ehloName, other, trust, maxConnectionsPerHost, allowTransaction, rcpt, minInterval,
                partner, spareConnections);
    }

    public ProbeSettings withMinInterval(Duration interval) {
        return new ProbeSettings(ehloName, limits, trust, maxConnectionsPerHost, allowTransaction, rcpt, interval,
                partner, spareConnections);
    }

    /** The same settings trusting {@code anchors} (an operator's own CA beside the run's). */
    public ProbeSettings withTrust(TrustAnchors anchors) {
        return new ProbeSettings(ehloName, limits, anchors, maxConnectionsPerHost, allowTransaction, rcpt, minInterval,
                partner, spareConnections);
    }

    /** The same settings for a run of {@code targets} targets: connections to spare when they are few. */
    public ProbeSettings forRunOf(int targets) {
        return new ProbeSettings(ehloName, limits, trust, maxConnectionsPerHost, allowTransaction, rcpt, minInterval,
                partner, targets <= FEW_TARGETS);
    }

    /** The instant certificates are judged at: now, read once per call so a run is consistent enough. */
    public Instant now() {
        return Instant.now();
    }
}
