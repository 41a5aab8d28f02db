package org.mtainterop.probe;

import java.util.function.Function;
import org.mtainterop.tls.TlsClientSettings;

/** The extra handshakes some requirements need beside the modern one of the main dialogue. */
public enum HandshakeVariant {
    /** CERT-08: a client that sends no SNI at all (many MTAs still do not). */
    WITHOUT_SNI(name -> TlsClientSettings.withoutSni()),
    /** CERT-08: a client whose SNI names a host the server does not know. */
    UNKNOWN_SNI(name -> TlsClientSettings.withUnknownSni()),
    /** TLS-VER-03: a client that offers TLS 1.2 only. */
    TLS12_ONLY(name -> TlsClientSettings.pinned("TLSv1.2", name));

    private final Function<String, TlsClientSettings> offer;

    HandshakeVariant(Function<String, TlsClientSettings> offer) {
        this.offer = offer;
    }

    public TlsClientSettings offerFor(String referenceName) {
        return offer.apply(referenceName);
    }
}
