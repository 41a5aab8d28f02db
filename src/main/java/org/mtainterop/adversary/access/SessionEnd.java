package org.mtainterop.adversary.access;

/** How an access session ended, as a kind (for judging) beside the ending's text (for people). */
public enum SessionEnd {
    /** The client said goodbye: QUIT or LOGOUT. */
    CLIENT_QUIT,
    /** The client closed the connection without a goodbye (also after a plaintext ClientHello). */
    CLIENT_CLOSED,
    /** A TLS handshake did not complete: the profile aborted it, or the client gave up (a bad certificate). */
    TLS_FAILED,
    /** After the positive STARTTLS / STLS answer the client sent not one byte: it closed or fell silent. */
    NOTHING_AFTER_STARTTLS,
    /** A limit ended it: read timeout, session deadline, line or literal too long, or the server closing. */
    CUT_OFF,
    /** The connection broke: reset, protocol violation. */
    BROKE
}
