package org.mtainterop.probe.mtasts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mtainterop.cert.TrustAnchors;
import org.mtainterop.net.NetworkLimits;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.IssuedCredential;
import org.mtainterop.pki.TestPki;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

/**
 * The ordinary case against a real web server: nginx from Debian bookworm (image {@code mta-interop/mta-sts-nginx})
 * serving the policy on an internal Docker network, fetched by the harness at the container's address.
 */
class PolicyFetcherNginxTest {
    static final String IMAGE = "mta-interop/mta-sts-nginx:latest";
    static final String HOST = "mta-sts.example.test";
    static final String POLICY = "version: STSv1\r\nmode: testing\r\nmx: *.example.test\r\nmax_age: 604800\r\n";
    static Network network;
    static GenericContainer<?> nginx;
    static TestPki pki;

    @BeforeAll
    static void start() {
        assumeTrue(DockerClientFactory.instance().isDockerAvailable(), "no Docker");
        assumeTrue(imageExists(), "image " + IMAGE + " not built (containers/build-images.sh mta-sts-nginx)");
        pki = TestPki.generate();
        IssuedCredential credential = pki.issue(CertificateProfile.VALID, HOST);
        network = Network.builder().createNetworkCmdModifier(cmd -> cmd.withInternal(true)).build();
        nginx = new GenericContainer<>(DockerImageName.parse(IMAGE)).withImagePullPolicy(name -> false)
                .withNetwork(network)
                .withCopyToContainer(Transferable.of(credential.chainPem().getBytes(StandardCharsets.US_ASCII), 0644),
                        "/etc/mta-interop/tls/fullchain.pem")
                .withCopyToContainer(Transferable.of(credential.privateKeyPem().getBytes(StandardCharsets.US_ASCII),
                        0600), "/etc/mta-interop/tls/key.pem")
                .withCopyToContainer(Transferable.of(POLICY.getBytes(StandardCharsets.US_ASCII), 0644),
                        "/srv/mta-sts/.well-known/mta-sts.txt")
                .waitingFor(Wait.forSuccessfulCommand("test -s /run/nginx.pid")
                        .withStartupTimeout(Duration.ofSeconds(30)));
        nginx.start();
    }

    @Test
    void nginxServesThePolicyAsSendersRequire() throws Exception {
        String ip = nginx.getContainerInfo().getNetworkSettings().getNetworks().values().iterator().next()
                .getIpAddress();
        PolicyFetch fetch = new PolicyFetcher(host -> List.of(InetAddress.getByName(ip)),
                TrustAnchors.none().withCertificate(pki.rootCertificate()),
                NetworkLimits.defaults().withSessionDeadline(Duration.ofSeconds(10)), Clock.systemUTC(), 443)
                .fetch("example.test");
        assertThat(fetch.stage()).as(fetch.evidence()).isEqualTo(PolicyFetch.Stage.RESPONDED);
        assertThat(fetch.status()).isEqualTo(200);
        assertThat(fetch.mediaType()).contains("text/plain");
        assertThat(fetch.header("Server")).get().asString().startsWith("nginx");
        assertThat(new String(fetch.body(), StandardCharsets.US_ASCII)).isEqualTo(POLICY);
        assertThat(fetch.certificate()).get().satisfies(c -> {
            assertThat(c.pkix().valid()).isTrue();
            assertThat(c.nameMatch().matched()).isTrue();
        });
        assertThat(org.mtainterop.mtasts.StsPolicyParser.parse(fetch.body()).valid()).isTrue();
    }

    private static boolean imageExists() {
        try {
            DockerClientFactory.instance().client().inspectImageCmd(IMAGE).exec();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @AfterAll
    static void stop() {
        if (nginx != null) {
            nginx.stop();
        }
        if (network != null) {
            network.close();
        }
    }
}
