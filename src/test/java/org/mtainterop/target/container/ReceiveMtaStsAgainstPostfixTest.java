package org.mtainterop.target.container;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.cli.MtaInteropCommand;
import org.mtainterop.dns.testbed.DnsTestBed;
import org.mtainterop.dns.testbed.ZoneMode;
import org.mtainterop.pki.PemCodec;
import org.mtainterop.pki.TestPki;
import org.mtainterop.sender.ContainerSender;
import org.mtainterop.sender.TestMessage;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Network;

/**
 * The README's MTA-STS outbound recipe as a test bed runs it: {@code receive} with an MTA-STS profile writes its
 * domain with {@code --mta-sts-dir} (the files are loaded into the DNS test bed as they are) and serves the policy
 * itself with {@code --mta-sts-serve}; a real MTA-STS sender (Postfix 3.7 + postfix-mta-sts-resolver, trusting the
 * run's {@code --write-ca}) on an internal network, resolving only through the bed, delivers or defers, and the
 * receive run judges MTASTS-04 on the one profile it met.
 */
class ReceiveMtaStsAgainstPostfixTest {
    private static final String MX = "mx.sts-live.test";
    private static final String DOMAIN = "sts-live.test";

    @TempDir
    Path dir;

    @BeforeAll
    static void docker() {
        DockerRequirement.assumeImage(PostfixMtaStsContainer.IMAGE, "containers/build-images.sh postfix-mta-sts");
        DnsTestBed.assumeAvailable();
    }

    private record Received(int exit, String console, JsonNode summary) {
        JsonNode result(String requirement) {
            for (JsonNode r : summary.get("targets").get(0).get("results")) {
                if (r.get("requirement").asText().equals(requirement)) {
                    return r;
                }
            }
            throw new AssertionError(requirement + " not in " + summary);
        }
    }

    private Received receiveFromPostfix(String profile) throws Exception {
        try (Network network = Network.builder().createNetworkCmdModifier(cmd -> cmd.withInternal(true)
                .withName("mta-interop-sts-receive-" + Long.toHexString(System.nanoTime()))).build()) {
            InetAddress gateway = InetAddress.getByName(DockerClientFactory.instance().client().inspectNetworkCmd()
                    .withNetworkId(network.getId()).exec().getIpam().getConfig().get(0).getGateway());
            int port;
            try (ServerSocket s = new ServerSocket()) {
                s.bind(new InetSocketAddress(gateway, 0));
                port = s.getLocalPort();
            }
            Path published = dir.resolve("mta-sts");
            Path ca = dir.resolve("ca.pem");
            StringWriter console = new StringWriter();
            String[] args = {"receive", "--listen", gateway.getHostAddress() + ":" + port, "--hostname", MX,
                "--profile", profile, "--mta-sts-dir", published.toString(),
                "--mta-sts-serve", gateway.getHostAddress() + ":443", "--sessions", "1", "--timeout", "150",
                "--write-ca", ca.toString(), "--json", dir.resolve("summary.json").toString(),
                "--report-dir", dir.toString(), "--no-html"};
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> MtaInteropCommand.execute(args,
                    new PrintWriter(console, true), new PrintWriter(console, true)));
            Path policy = published.resolve("mta-sts." + DOMAIN).resolve(".well-known/mta-sts.txt");
            for (int i = 0; i < 400 && !(Files.exists(policy) && Files.exists(ca) && Files.size(ca) > 0); i++) {
                Thread.sleep(50);
            }
            assertThat(policy).as(console.toString()).exists();
            X509Certificate root = PemCodec.parseCertificates(Files.readString(ca), "ca.pem").get(0);
            // the written layout, loaded as it is: zones.list says how each zone is served
            DnsTestBed.Builder zones = DnsTestBed.builder().network(network);
            for (String line : Files.readAllLines(published.resolve("zones.list"))) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.trim().split("\\s+");
                ZoneMode mode = Arrays.stream(ZoneMode.values()).filter(m -> m.word().equals(fields[1])).findFirst()
                        .orElseThrow();
                zones.zone(fields[0], mode, Files.readString(published.resolve(fields[0] + ".zone")));
            }
            try (DnsTestBed bed = zones.start();
                 ContainerSender postfix = ContainerSender.mtaSts(DOMAIN, port, TestPki.generate(), root, network,
                         bed.resolverIp())) {
                postfix.start();
                TestMessage message = TestMessage.create("alice@postfix.test", "bob@" + DOMAIN, "receive MTA-STS");
                postfix.submit(message);
                int code = exit.get(170, TimeUnit.SECONDS);
                JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
                return new Received(code, console + "\nqueue: " + postfix.queueState(message) + "\n" + postfix.logs(),
                        summary);
            }
        }
    }

    @Test
    void anEnforcePolicyWithAWrongNameMxKeepsTheMessageQueued() throws Exception {
        Received r = receiveFromPostfix("mta-sts-enforce-wrong-name");
        assertThat(r.exit()).as(r.console()).isZero();
        JsonNode verdict = r.result("MTASTS-04");
        assertThat(verdict.get("status").asText()).as(verdict.toString()).isEqualTo("passed");
        assertThat(verdict.get("message").asText()).contains("presents a certificate for another name", "no MAIL was sent",
                "covered: mta-sts-enforce-wrong-name");
        assertThat(r.console()).contains("queue: QueueState[stillQueued=Optional[true]");
    }

    @Test
    void anEnforcePolicyAValidMxMeetsGetsTheMessage() throws Exception {
        Received r = receiveFromPostfix("mta-sts-enforce-valid");
        assertThat(r.exit()).as(r.console()).isZero();
        JsonNode verdict = r.result("MTASTS-04");
        assertThat(verdict.get("status").asText()).as(verdict.toString()).isEqualTo("passed");
        assertThat(verdict.get("message").asText()).contains("the message was delivered", "covered: mta-sts-enforce-valid");
    }
}
