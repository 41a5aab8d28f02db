package org.mtainterop.probe;

import org.mtainterop.tls.TlsClientSettings;

/**
 * One handshake with particular client settings, for every service: greeting, capabilities, STARTTLS / STLS
 * (or TLS first on an implicit-TLS port, opened with the same offer), the handshake, goodbye. The extra
 * handshakes beside the main dialogue: {@link HandshakeVariant} on port 25, TLS 1.2 only and the implicit-TLS
 * counterpart (ACCESS-03) for user access.
 */
public final class OfferedHandshakeProbe {
    private OfferedHandshakeProbe() {
    }

    /** Runs on an opened negotiation and finishes it; the negotiation holds what was seen. */
    public static <R> TlsNegotiation<R> run(TlsNegotiation<R> opened, TlsClientSettings offer) {
        try {
            opened.upgrade(offer);
        } finally {
            opened.finish();
        }
        return opened;
    }
}
