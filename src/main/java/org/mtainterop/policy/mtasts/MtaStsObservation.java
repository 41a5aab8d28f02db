package org.mtainterop.policy.mtasts;

/**
 * What the MTA-STS and TLS-RPT checks need measured: one observation of the domain's publication
 * ({@link org.mtainterop.probe.mtasts.MtaStsFacts}), made by {@link org.mtainterop.probe.mtasts.MtaStsProbe}.
 */
public enum MtaStsObservation {
    /** The two TXT names, the policy fetch, the MX hosts and their certificates. */
    PUBLICATION
}
