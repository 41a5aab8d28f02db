package org.mtainterop.probe;

/** The measurements a scenario can ask for; each is made at most once per target and run. */
public enum Observation {
    STARTTLS_DIALOGUE, PIPELINED_STARTTLS, HANDSHAKE_WITHOUT_SNI, HANDSHAKE_UNKNOWN_SNI, HANDSHAKE_TLS12_ONLY
}
