package org.mtainterop.probe.mtasts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mtainterop.adversary.mtasts.PolicyHttpsServer;
import org.mtainterop.adversary.mtasts.PolicyServerFault;
import org.mtainterop.cert.TrustAnchors;
import org.mtainterop.net.NetworkLimits;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.TestPki;

/**
 * The policy fetcher against a real HTTPS server on loopback (the JDK's HttpsServer with the test PKI), good
 * and faulty on purpose: each fault is seen in the facts, every fetch ends within its deadline.
 */
class PolicyFetcherLoopbackTest {
    static final String DOMAIN = "example.test";
    static final String HOST = "mta-sts.example.test";
    static final String POLICY = "version: STSv1\nmode: enforce\nmx: mx1.example.test\nmax_age: 86400\n";
    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    static TestPki pki;

    @BeforeAll
    static void pki() {
        pki = TestPki.generate();
    }

    static PolicyHttpsServer server(CertificateProfile profile, PolicyServerFault fault) throws IOException {
        return PolicyHttpsServer.start(LOOPBACK, 0, pki.issue(profile, HOST).serverSslContext(), POLICY, fault);
    }

    static PolicyFetch fetch(int port, Duration deadline) {
        NetworkLimits limits = NetworkLimits.defaults().withConnectTimeout(Duration.ofSeconds(2))
                .withReadTimeout(Duration.ofSeconds(2)).withSessionDeadline(deadline);
        return new PolicyFetcher(host -> List.of(LOOPBACK), TrustAnchors.none().withCertificate(pki.rootCertificate()),
                limits, Clock.systemUTC(), port).fetch(DOMAIN);
    }

    @Test
    void theOrdinaryCase() throws IOException {
        try (PolicyHttpsServer server = server(CertificateProfile.VALID, PolicyServerFault.NONE)) {
            PolicyFetch fetch = fetch(server.port(), Duration.ofSeconds(10));
            assertThat(fetch.stage()).isEqualTo(PolicyFetch.Stage.RESPONDED);
            assertThat(fetch.status()).isEqualTo(200);
            assertThat(fetch.mediaType()).contains("text/plain");
            assertThat(new String(fetch.body(), StandardCharsets.UTF_8)).isEqualTo(POLICY);
            assertThat(fetch.bodyTooLarge()).isFalse();
            assertThat(fetch.certificate()).get().satisfies(c -> {
                assertThat(c.pkix().valid()).isTrue();
                assertThat(c.nameMatch().matched()).isTrue();
            });
            assertThat(fetch.url()).isEqualTo("https://mta-sts.example.test:" + server.port() + PolicyFetcher.PATH);
            assertThat(fetch.evidence()).contains("HTTP/1.1 200").contains("mx: mx1.example.test");
        }
    }

    @Test
    void aRedirectIsRecordedNotFollowed() throws IOException {
        try (PolicyHttpsServer server = server(CertificateProfile.VALID, PolicyServerFault.REDIRECT)) {
            PolicyFetch fetch = fetch(server.port(), Duration.ofSeconds(10));
            assertThat(fetch.isRedirect()).isTrue();
            assertThat(fetch.header("Location")).get().asString().endsWith("/moved/mta-sts.txt");
            assertThat(server.requests()).isEqualTo(1);
        }
    }

    @Test
    void theContentTypeIsRecorded() throws IOException {
        try (PolicyHttpsServer server = server(CertificateProfile.VALID, PolicyServerFault.WRONG_CONTENT_TYPE)) {
            assertThat(fetch(server.port(), Duration.ofSeconds(10)).mediaType()).contains("text/html");
        }
        try (PolicyHttpsServer server = server(CertificateProfile.VALID, PolicyServerFault.NO_CONTENT_TYPE)) {
            assertThat(fetch(server.port(), Duration.ofSeconds(10)).mediaType()).isEmpty();
        }
    }

    @Test
    void anOversizedBodyIsCutAt64KiB() throws IOException {
        for (PolicyServerFault fault : List.of(PolicyServerFault.OVERSIZED_BODY, PolicyServerFault.OVERSIZED_CHUNKED)) {
            try (PolicyHttpsServer server = server(CertificateProfile.VALID, fault)) {
                long started = System.nanoTime();
                PolicyFetch fetch = fetch(server.port(), Duration.ofSeconds(10));
                assertThat(fetch.stage()).as(fault.name()).isEqualTo(PolicyFetch.Stage.RESPONDED);
                assertThat(fetch.bodyTooLarge()).as(fault.name()).isTrue();
                assertThat(fetch.body()).hasSize(PolicyFetch.MAX_BODY);
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            }
        }
    }

    @Test
    void aDripFedBodyEndsAtTheDeadline() throws IOException {
        try (PolicyHttpsServer server = server(CertificateProfile.VALID, PolicyServerFault.DRIP_FED)) {
            long started = System.nanoTime();
            PolicyFetch fetch = fetch(server.port(), Duration.ofSeconds(3));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(fetch.stage()).isEqualTo(PolicyFetch.Stage.RESPONSE_FAILED);
            assertThat(fetch.problem()).get().asString().contains("deadline of 3 s passed");
            assertThat(fetch.stoppedBy(FetchProblem.Kind.DEADLINE)).isTrue();
            assertThat(took).isBetween(Duration.ofMillis(2900), Duration.ofSeconds(5));
        }
    }

    @Test
    void anExpiredOrWrongNameCertificateIsRecordedAndTheBodyStillRead() throws IOException {
        try (PolicyHttpsServer server = server(CertificateProfile.EXPIRED, PolicyServerFault.NONE)) {
            PolicyFetch fetch = fetch(server.port(), Duration.ofSeconds(10));
            assertThat(fetch.stage()).isEqualTo(PolicyFetch.Stage.RESPONDED);
            assertThat(fetch.certificate().orElseThrow().pkix().valid()).isFalse();
            assertThat(fetch.certificate().orElseThrow().pkix().reason()).containsIgnoringCase("expired");
        }
        try (PolicyHttpsServer server = server(CertificateProfile.WRONG_HOST, PolicyServerFault.NONE)) {
            PolicyFetch fetch = fetch(server.port(), Duration.ofSeconds(10));
            assertThat(fetch.certificate().orElseThrow().pkix().valid()).isTrue();
            assertThat(fetch.certificate().orElseThrow().nameMatch().matched()).isFalse();
            assertThat(fetch.certificate().orElseThrow().nameMatch().presentedNames())
                    .contains(TestPki.WRONG_HOST_NAME);
        }
    }

    @Test
    void noAddressAndNoListenerAreStagesNotExceptions() throws IOException {
        PolicyFetch none = new PolicyFetcher(host -> List.of(), TrustAnchors.none(), NetworkLimits.defaults(),
                Clock.systemUTC(), 443).fetch(DOMAIN);
        assertThat(none.stage()).isEqualTo(PolicyFetch.Stage.NO_ADDRESS);
        assertThat(none.problem()).contains("mta-sts.example.test has no A or AAAA record");
        assertThat(none.stoppedBy(FetchProblem.Kind.NO_ADDRESS)).isTrue();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
            closedPort = socket.getLocalPort();
        }
        PolicyFetch refused = fetch(closedPort, Duration.ofSeconds(5));
        assertThat(refused.stage()).isEqualTo(PolicyFetch.Stage.CONNECT_FAILED);
        assertThat(refused.problem()).get().asString().contains("127.0.0.1:" + closedPort);
        assertThat(refused.stoppedBy(FetchProblem.Kind.FAILED)).as("the JDK's words: %s", refused).isTrue();
    }

    @Test
    void aServerThatIsNotTlsFailsTheHandshakeInTime() throws IOException {
        try (ServerSocket plain = new ServerSocket(0, 1, LOOPBACK)) {
            Thread peer = new Thread(() -> {
                try (Socket s = plain.accept()) {
                    s.getOutputStream().write("220 not http\r\n".getBytes(StandardCharsets.US_ASCII));
                    s.getInputStream().read(new byte[1024]);
                } catch (IOException ignored) {
                    // the fetcher hung up
                }
            });
            peer.start();
            PolicyFetch fetch = fetch(plain.getLocalPort(), Duration.ofSeconds(5));
            assertThat(fetch.stage()).isEqualTo(PolicyFetch.Stage.TLS_FAILED);
            assertThat(fetch.problem()).get().asString().startsWith("TLS handshake:");
            assertThat(fetch.stoppedBy(FetchProblem.Kind.FAILED)).as("the TLS library's words: %s", fetch).isTrue();
        }
    }

    @AfterAll
    static void done() {
        pki = null;
    }
}
