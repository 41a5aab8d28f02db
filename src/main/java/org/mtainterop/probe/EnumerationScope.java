package org.mtainterop.probe;

/**
 * How much of a server's TLS the raw-hello enumeration measures. A run asks for no more than its requirements need
 * ({@code run/ProbePlan}): the pilot profile judges versions and suites only (TLS-VER-01, TLS-CS-01), so its
 * enumeration leaves out the suites' order, encrypt_then_mac, groups, the DHE prime, the optional extensions and the
 * SNI hellos, about half of the hellos a full enumeration makes.
 */
public enum EnumerationScope {
    /** Versions, accepted suites and their order, encrypt_then_mac, groups, DHE prime, extensions, SNI. */
    EVERYTHING,
    /** Versions, and the suites each accepted version accepts (in the order the server picked them). */
    VERSIONS_AND_SUITES
}
