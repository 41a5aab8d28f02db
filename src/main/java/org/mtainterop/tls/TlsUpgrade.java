package org.mtainterop.tls;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/** Turns a connected plaintext socket into a TLS client socket (after STARTTLS) and records the handshake. */
public final class TlsUpgrade {
    private final SSLSocket socket;
    private final TlsHandshakeFacts facts;

    private TlsUpgrade(SSLSocket socket, TlsHandshakeFacts facts) {
        this.socket = socket;
        this.facts = facts;
    }

    public SSLSocket socket() {
        return socket;
    }

    public TlsHandshakeFacts facts() {
        return facts;
    }

    /**
     * Runs the client handshake over {@code plain}. A failed handshake is a fact, not an exception; the
     * returned socket is then unusable and {@link TlsHandshakeFacts#completed()} is false.
     */
    public static TlsUpgrade handshake(Socket plain, String host, int port, TlsClientSettings settings,
                                       int timeoutMillis) throws IOException {
        ChainRecordingTrustManager recorder = new ChainRecordingTrustManager();
        SSLContext context = clientContext(recorder);
        SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(plain, host, port, true);
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setProtocols(supported(tls, settings.protocols()));
        if (!settings.cipherSuites().isEmpty()) {
            List<String> available = List.of(tls.getSupportedCipherSuites());
            parameters.setCipherSuites(settings.cipherSuites().stream().filter(available::contains).toArray(String[]::new));
        }
        parameters.setServerNames(settings.serverName().<List<SNIServerName>>map(
                name -> List.of(new SNIHostName(name))).orElse(List.of()));
        parameters.setEndpointIdentificationAlgorithm(null);
        tls.setSSLParameters(parameters);
        tls.setSoTimeout(timeoutMillis);
        long start = System.nanoTime();
        try {
            tls.startHandshake();
            SSLSession session = tls.getSession();
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            return new TlsUpgrade(tls, new TlsHandshakeFacts(true, settings.protocols(), settings.serverName(),
                    session.getProtocol(), session.getCipherSuite(), recorder.serverChain(), "", took));
        } catch (IOException e) {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (e instanceof SocketTimeoutException) {
                reason = "timed out after " + timeoutMillis + " ms during the handshake";
            }
            closeQuietly(tls);
            return new TlsUpgrade(tls, TlsHandshakeFacts.failed(settings, recorder.serverChain(), reason, took));
        }
    }

    private static String[] supported(SSLSocket socket, List<String> wanted) {
        List<String> available = List.of(socket.getSupportedProtocols());
        return wanted.stream().filter(available::contains).toArray(String[]::new);
    }

    private static SSLContext clientContext(ChainRecordingTrustManager recorder) throws IOException {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {recorder}, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("the JDK offers no TLS client: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // the handshake already failed; nothing more to learn from the close
        }
    }
}
