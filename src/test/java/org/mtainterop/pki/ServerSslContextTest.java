package org.mtainterop.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A real JSSE handshake on loopback: the server presents the credential, the client trusts only the test root. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerSslContextTest {
    private static final int TIMEOUT_MILLIS = 5_000;
    private final TestPki pki = TestPki.generate();

    @ParameterizedTest
    @ValueSource(strings = {"TLSv1.3", "TLSv1.2"})
    void clientTrustingOnlyTheTestRootCompletesTheHandshakeAndSeesTheChain(String protocol) throws Exception {
        IssuedCredential valid = pki.issue(CertificateProfile.VALID, "localhost");
        try (SSLServerSocket server = (SSLServerSocket) valid.serverSslContext().getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(TIMEOUT_MILLIS);
            CompletableFuture<Integer> served = CompletableFuture.supplyAsync(() -> serveOneByte(server));

            try (SSLSocket client = (SSLSocket) clientTrustingOnly(pki).getSocketFactory().createSocket()) {
                client.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()), TIMEOUT_MILLIS);
                client.setSoTimeout(TIMEOUT_MILLIS);
                client.setEnabledProtocols(new String[] {protocol});
                client.startHandshake();
                SSLSession session = client.getSession();
                List<Certificate> peerChain = Arrays.asList(session.getPeerCertificates());

                assertThat(session.getProtocol()).isEqualTo(protocol);
                assertThat(peerChain).containsExactlyElementsOf(valid.chain());
                assertThat(client.getInputStream().read()).isEqualTo('!');
            }
            assertThat(served.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)).isEqualTo(1);
        }
    }

    @Test
    void sameClientRefusesAChainFromTheUntrustedCa() throws Exception {
        IssuedCredential untrusted = pki.issue(CertificateProfile.UNTRUSTED_CA, "localhost");
        try (SSLServerSocket server = (SSLServerSocket) untrusted.serverSslContext().getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(TIMEOUT_MILLIS);
            CompletableFuture<Integer> served = CompletableFuture.supplyAsync(() -> serveOneByte(server));
            try (SSLSocket client = (SSLSocket) clientTrustingOnly(pki).getSocketFactory().createSocket()) {
                client.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()), TIMEOUT_MILLIS);
                client.setSoTimeout(TIMEOUT_MILLIS);
                assertThatThrownBy(client::startHandshake).isInstanceOf(SSLHandshakeException.class);
            }
            assertThat(served).failsWithin(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private static int serveOneByte(SSLServerSocket server) {
        try (SSLSocket accepted = (SSLSocket) server.accept()) {
            accepted.setSoTimeout(TIMEOUT_MILLIS);
            accepted.startHandshake();
            accepted.getOutputStream().write('!');
            accepted.getOutputStream().flush();
            return 1;
        } catch (IOException e) {
            throw new IllegalStateException("server side of the handshake failed", e);
        }
    }

    private static SSLContext clientTrustingOnly(TestPki pki) throws Exception {
        KeyStore trustStore = KeyStore.getInstance("PKCS12");
        trustStore.load(null, null);
        trustStore.setCertificateEntry("test-root", pki.rootCertificate());
        TrustManagerFactory trust = TrustManagerFactory.getInstance("PKIX");
        trust.init(trustStore);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
