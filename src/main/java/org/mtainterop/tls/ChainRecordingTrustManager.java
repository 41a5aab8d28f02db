package org.mtainterop.tls;

import java.net.Socket;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Lets every handshake complete and keeps the chain the server sent, so that the chain can be judged
 * afterwards with full evidence (PKIX, names, keys) rather than ending in a bare handshake alert.
 * Used only by the probing client; it never protects a real message.
 */
public final class ChainRecordingTrustManager extends X509ExtendedTrustManager {
    private volatile List<X509Certificate> serverChain = List.of();

    public List<X509Certificate> serverChain() {
        return serverChain;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
        serverChain = List.of(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        serverChain = List.of(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        serverChain = List.of(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
        throw new UnsupportedOperationException("client side only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        throw new UnsupportedOperationException("client side only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        throw new UnsupportedOperationException("client side only");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
