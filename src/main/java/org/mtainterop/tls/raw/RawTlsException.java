package org.mtainterop.tls.raw;

import java.io.IOException;
import org.mtainterop.net.Said;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

/**
 * The peer's bytes are not a TLS (or SSLv2) message the codec will accept: truncated, malformed or oversized (a
 * server's answer, a client's ClientHello, a server's handshake with the harness's own TLS client).
 * What is wrong is said as a {@link Reason} (a {@code RawTls.*} key and the numbers it saw), so a verdict quoting it
 * speaks the report's language; the message is its English words.
 */
public final class RawTlsException extends IOException implements Said {
    private static final long serialVersionUID = 1L;
    private final transient Reason said;

    public RawTlsException(Reason said) {
        super(said.render(ReportLanguage.EN));
        this.said = said;
    }

    /** What is wrong with the bytes, in the report's language when rendered. */
    @Override
    public Reason said() {
        return said;
    }
}
