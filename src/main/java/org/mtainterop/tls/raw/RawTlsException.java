package org.mtainterop.tls.raw;

import org.mtainterop.net.SaidIOException;
import org.mtainterop.policy.Reason;

/**
 * The peer's bytes are not a TLS (or SSLv2) message the codec will accept: truncated, malformed or oversized (a
 * server's answer, a client's ClientHello, a server's handshake with the harness's own TLS client).
 * What is wrong is said as a {@link Reason} (a {@code RawTls.*} key and the numbers it saw), so a verdict quoting it
 * speaks the report's language; the message is its English words.
 */
public final class RawTlsException extends SaidIOException {
    private static final long serialVersionUID = 1L;

    public RawTlsException(Reason said) {
        super(said);
    }
}
