package org.mtainterop.sender;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Lets a mail client connect to an address yet speak TLS to the MX name: every layered socket is made for
 * {@code serverName} (SNI), and, when {@code checkName}, JSSE checks the certificate against it (RFC 6125).
 */
public final class PinnedNameSocketFactory extends SSLSocketFactory {
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
    public Socket createSocket(String host, int port) {
        throw new UnsupportedOperationException("only STARTTLS layering is used");
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
        throw new UnsupportedOperationException("only STARTTLS layering is used");
    }

    @Override
    public Socket createSocket(InetAddress host, int port) {
        throw new UnsupportedOperationException("only STARTTLS layering is used");
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
        throw new UnsupportedOperationException("only STARTTLS layering is used");
    }
}
