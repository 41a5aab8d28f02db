package org.mtainterop.adversary.access;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * A verifying client's TLS for the tests: trusts only the test root, and layers every socket for the server name
 * (SNI) with RFC 6125 name checking, while connecting to the loopback address. Unconnected sockets are plain, so
 * Angus Mail can use it for STARTTLS and for implicit TLS alike.
 */
final class ClientTls extends SSLSocketFactory {
    private final SSLSocketFactory delegate;
    private final String serverName;

    ClientTls(X509Certificate root, String serverName) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("root", root);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        this.delegate = context.getSocketFactory();
        this.serverName = serverName;
    }

    @Override
    public Socket createSocket() {
        return new Socket();
    }

    @Override
    public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
        SSLSocket secure = (SSLSocket) delegate.createSocket(socket, serverName, port, autoClose);
        SSLParameters parameters = secure.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        secure.setSSLParameters(parameters);
        return secure;
    }

    /** A verifying TLS socket to 127.0.0.1:{@code port}, handshake done. */
    SSLSocket connect(int port) throws IOException {
        Socket plain = new Socket(InetAddress.getLoopbackAddress(), port);
        SSLSocket secure = (SSLSocket) createSocket(plain, serverName, port, true);
        secure.startHandshake();
        return secure;
    }

    /** Layers TLS over an existing connection (after STARTTLS), handshake done. */
    SSLSocket layer(Socket plain) throws IOException {
        SSLSocket secure = (SSLSocket) createSocket(plain, serverName, plain.getPort(), true);
        secure.startHandshake();
        return secure;
    }

    @Override
    public String[] getDefaultCipherSuites() {
        return delegate.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return delegate.getSupportedCipherSuites();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return createSocket(new Socket(host, port), host, port, true);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return createSocket(new Socket(host, port, localHost, localPort), host, port, true);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return createSocket(new Socket(host, port), host.getHostAddress(), port, true);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return createSocket(new Socket(address, port, localAddress, localPort), address.getHostAddress(), port, true);
    }
}
