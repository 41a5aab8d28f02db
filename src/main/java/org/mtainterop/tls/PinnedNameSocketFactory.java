package org.mtainterop.tls;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Lets a mail client connect to an address yet speak TLS to the server name: every socket it layers TLS over is
 * made for {@code serverName} (SNI), and, when {@code checkName}, JSSE checks the certificate against it
 * (RFC 6125). The embedded sender (STARTTLS) and the in-process survey client (STARTTLS, or implicit TLS over a
 * socket it connected to the pinned address) use it; asked to connect by itself, it refuses with an
 * IOException, so that nothing ever resolves a name.
 */
public final class PinnedNameSocketFactory extends SSLSocketFactory {
    private static final String ONLY_LAYERING = "this factory only layers TLS over a socket already connected";
    private final SSLSocketFactory delegate;
    private final String serverName;
    private final boolean checkName;

    public PinnedNameSocketFactory(SSLContext context, String serverName, boolean checkName) {
        this.delegate = context.getSocketFactory();
        this.serverName = serverName;
        this.checkName = checkName;
    }

    @Override
    public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
        SSLSocket secure = (SSLSocket) delegate.createSocket(socket, serverName, port, autoClose);
        if (checkName) {
            SSLParameters parameters = secure.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            secure.setSSLParameters(parameters);
        }
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
        throw new IOException(ONLY_LAYERING);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        throw new IOException(ONLY_LAYERING);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        throw new IOException(ONLY_LAYERING);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        throw new IOException(ONLY_LAYERING);
    }
}
