package org.mtainterop.tls;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.security.KeyManagementException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * An SSLContext whose sockets and engines enable only the given cipher suites, with server order: how
 * the embedded reference receiver is made compliant with the ANSSI suite list (ECDHE + AEAD only)
 * while every caller keeps using a plain SSLContext.
 */
public final class SuiteRestrictedSslContext {
    /** TLS 1.3 suites and TLS 1.2 ECDHE with AES-GCM or ChaCha20-Poly1305 (ANSSI TLS guide v1.2). */
    public static final List<String> ANSSI_SUITES = List.of("TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256",
            "TLS_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");

    private SuiteRestrictedSslContext() {
    }

    public static SSLContext of(SSLContext base, List<String> suites) {
        return new SSLContext(new Spi(base, suites), base.getProvider(), base.getProtocol()) {
        };
    }

    private static final class Spi extends SSLContextSpi {
        private final SSLContext base;
        private final String[] suites;

        Spi(SSLContext base, List<String> wanted) {
            this.base = base;
            List<String> supported = Arrays.asList(base.getSupportedSSLParameters().getCipherSuites());
            this.suites = wanted.stream().filter(supported::contains).toArray(String[]::new);
        }

        @Override
        protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom random) throws KeyManagementException {
            base.init(km, tm, random);
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            return new RestrictingSocketFactory(base.getSocketFactory(), suites);
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            return base.getServerSocketFactory();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            return restrict(base.createSSLEngine());
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            return restrict(base.createSSLEngine(host, port));
        }

        private SSLEngine restrict(SSLEngine engine) {
            engine.setEnabledCipherSuites(suites);
            var parameters = engine.getSSLParameters();
            parameters.setUseCipherSuitesOrder(true);
            engine.setSSLParameters(parameters);
            return engine;
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            return base.getServerSessionContext();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            return base.getClientSessionContext();
        }
    }

    private static final class RestrictingSocketFactory extends SSLSocketFactory {
        private final SSLSocketFactory delegate;
        private final String[] suites;

        RestrictingSocketFactory(SSLSocketFactory delegate, String[] suites) {
            this.delegate = delegate;
            this.suites = suites;
        }

        private Socket restrict(Socket socket) {
            SSLSocket secure = (SSLSocket) socket;
            secure.setEnabledCipherSuites(suites);
            var parameters = secure.getSSLParameters();
            parameters.setUseCipherSuitesOrder(true);
            secure.setSSLParameters(parameters);
            return secure;
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return suites.clone();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return delegate.getSupportedCipherSuites();
        }

        @Override
        public Socket createSocket(Socket s, String host, int port, boolean autoClose) throws IOException {
            return restrict(delegate.createSocket(s, host, port, autoClose));
        }

        @Override
        public Socket createSocket(Socket s, InputStream consumed, boolean autoClose) throws IOException {
            return restrict(delegate.createSocket(s, consumed, autoClose));
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return restrict(delegate.createSocket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return restrict(delegate.createSocket(host, port, localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return restrict(delegate.createSocket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
            return restrict(delegate.createSocket(address, port, localAddress, localPort));
        }
    }
}
