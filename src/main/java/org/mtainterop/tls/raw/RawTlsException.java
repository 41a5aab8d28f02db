package org.mtainterop.tls.raw;

import java.io.IOException;

/** The server's bytes are not a TLS (or SSLv2) response the codec will accept: truncated, malformed or oversized. */
public final class RawTlsException extends IOException {
    public RawTlsException(String message) {
        super(message);
    }
}
