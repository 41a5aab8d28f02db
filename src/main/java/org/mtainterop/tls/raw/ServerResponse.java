package org.mtainterop.tls.raw;

import java.util.List;
import java.util.Optional;

/**
 * What the server answered to one raw ClientHello, up to the point the harness stops listening.
 *
 * @param sslv2CipherSpecs the cipher specs of an SSLv2 SERVER-HELLO (empty unless {@link End#SSL2_SERVER_HELLO})
 * @param certificateCount certificates in the (plaintext, TLS ≤ 1.2) Certificate message
 * @param leafKeyCurve     the TLS group of the leaf's EC key, when the Certificate message has a leaf with a named
 *                         curve ({@link LeafKeyCurve})
 */
public record ServerResponse(End end, Optional<ServerHello> serverHello, Optional<TlsAlert> alert,
                             Optional<ServerKeyExchange> keyExchange, int certificateCount,
                             Optional<Integer> leafKeyCurve,
                             List<Integer> sslv2CipherSpecs) {

    /** Why reading stopped. */
    public enum End {
        /** TLS ≤ 1.2: the server's first flight ended with ServerHelloDone. */
        SERVER_HELLO_DONE,
        /** A TLS 1.3 ServerHello: everything after it is encrypted. */
        TLS13_SERVER_HELLO,
        /** A HelloRetryRequest: the server wants a key share for another group. */
        HELLO_RETRY_REQUEST,
        /** A ChangeCipherSpec or encrypted record came before ServerHelloDone. */
        ENCRYPTED,
        ALERT,
        /** The server closed the connection without a word. */
        CLOSED,
        SSL2_SERVER_HELLO
    }

    public ServerResponse {
        sslv2CipherSpecs = List.copyOf(sslv2CipherSpecs);
    }

    /** The server agreed to a handshake: it answered with a ServerHello (or a retry request, or SSLv2 hello). */
    public boolean accepted() {
        return serverHello.isPresent() || end == End.SSL2_SERVER_HELLO;
    }

    public String brief() {
        if (end == End.SSL2_SERVER_HELLO) {
            return "SSLv2 SERVER-HELLO";
        }
        if (serverHello.isPresent()) {
            ServerHello h = serverHello.get();
            return (h.helloRetryRequest() ? "HelloRetryRequest " : "ServerHello ")
                    + h.negotiatedVersion().map(ProtocolVersion::label).orElse(String.format("0x%04X", h.negotiatedVersionCode()))
                    + " " + h.suite().ianaName();
        }
        return alert.map(a -> "alert: " + a).orElse(end == End.CLOSED ? "connection closed" : end.name());
    }
}
