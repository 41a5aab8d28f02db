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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.cli.MtaInteropCommand;
import org.mtainterop.pki.PemCodec;
import org.mtainterop.pki.TestPki;
import org.mtainterop.sender.ContainerSender;
import org.mtainterop.sender.DockerBridge;
import org.mtainterop.sender.OutboundPolicy;
import org.mtainterop.sender.TestMessage;

/**
 * The issue's reproduction, with a real Postfix 3.7 sender: {@code receive} with one receiver profile must give the
 * requirement judged on that profile a verdict (it was "skipped: not observed" for the profiles it did not run),
 * and a profile list walks the retrying sender through its profiles. The receiver listens on the Docker bridge
 * gateway; Postfix relays there by the MX name, its queue flushed with {@code postqueue -f} as an operator would.
 */
class ReceiveAgainstPostfixTest {
    private static final String MX = "mx.partner.test";

    @TempDir
    Path dir;

    @BeforeAll
    static void docker() {
        DockerRequirement.assumeDocker();
    }

    private static int freeGatewayPort() throws Exception {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(DockerBridge.gateway(), 0));
            return s.getLocalPort();
        }
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

    /** Runs receive with {@code profiles} for {@code sessions} sessions while Postfix under {@code policy} sends. */
    private Received receiveFromPostfix(OutboundPolicy policy, String profiles, int sessions) throws Exception {
        int port = freeGatewayPort();
        InetAddress gateway = DockerBridge.gateway();
        try (ContainerSender postfix = new ContainerSender(ReferenceMta.POSTFIX, policy, MX, port, TestPki.generate())
                .start()) {
            StringWriter console = new StringWriter();
            Path ca = dir.resolve("ca.pem");
            String[] args = {"receive", "--listen", gateway.getHostAddress() + ":" + port, "--hostname", MX,
                "--profile", profiles, "--sessions", String.valueOf(sessions), "--timeout", "90",
                "--write-ca", ca.toString(), "--json", dir.resolve("summary.json").toString(),
                "--report-dir", dir.toString(), "--no-html"};
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> MtaInteropCommand.execute(args,
                    new PrintWriter(console, true), new PrintWriter(console, true)));
            for (int i = 0; i < 200 && (!Files.exists(ca) || Files.size(ca) == 0); i++) {
                Thread.sleep(50);
            }
            Thread.sleep(100);
            X509Certificate root = PemCodec.parseCertificates(Files.readString(ca), "ca.pem").get(0);
            postfix.trustOnly(root);
            TestMessage message = TestMessage.create("alice@" + postfix.mailDomain(), "bob@partner.test", "receive");
            postfix.submit(message);
            for (int i = 1; i < sessions && !exit.isDone(); i++) {
                Thread.sleep(1500);
                if (postfix.queueState(message).stillQueued().orElse(false)) {
                    postfix.retryNow();
                } else {
                    message = TestMessage.create("alice@" + postfix.mailDomain(), "bob@partner.test", "receive " + i);
                    postfix.submit(message);
                }
            }
            int code = exit.get(120, TimeUnit.SECONDS);
            JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
            return new Received(code, console + "\nqueue: " + postfix.queueState(message), summary);
        }
    }

    @Test
    void postfixUnderEncryptGetsADowngrade03VerdictFromNoStarttlsAlone() throws Exception {
        Received r = receiveFromPostfix(OutboundPolicy.ENCRYPT, "no-starttls", 1);
        assertThat(r.exit()).as(r.console()).isZero();
        JsonNode downgrade03 = r.result("DOWNGRADE-03");
        assertThat(downgrade03.get("status").asText()).as(downgrade03.toString()).isEqualTo("passed");
        assertThat(downgrade03.get("message").asText()).contains("does not advertise STARTTLS", "no MAIL was sent",
                "covered: no-starttls; not observed: starttls-454, handshake-abort");
        assertThat(r.console()).contains("queue: QueueState[stillQueued=Optional[true]");
    }

    @Test
    void postfixUnderVerifyGetsACert06VerdictFromExpiredCertAlone() throws Exception {
        Received r = receiveFromPostfix(OutboundPolicy.VERIFY, "expired-cert", 1);
        assertThat(r.exit()).as(r.console()).isZero();
        JsonNode cert06 = r.result("CERT-06");
        assertThat(cert06.get("status").asText()).as(cert06.toString()).isEqualTo("passed");
        assertThat(cert06.get("message").asText()).contains("presents an expired leaf", "no MAIL was sent",
                "covered: expired-cert; not observed:");
        assertThat(r.console()).contains("queue: QueueState[stillQueued=Optional[true]");
    }

    @Test
    void postfixUnderMayIsWalkedThroughAProfileListAndFailsWhereItGoesOnInPlaintext() throws Exception {
        Received r = receiveFromPostfix(OutboundPolicy.MAY, "expired-cert,no-starttls", 2);
        assertThat(r.exit()).as(r.console()).isEqualTo(1);
        assertThat(r.console()).contains("session (expired-cert)", "session (no-starttls)");
        assertThat(r.result("CERT-06").get("status").asText()).isEqualTo("failed");
        assertThat(r.result("CERT-06").get("message").asText()).contains("accepted the chain", "covered: expired-cert");
        assertThat(r.result("DOWNGRADE-03").get("status").asText()).isEqualTo("failed");
        assertThat(r.result("DOWNGRADE-03").get("message").asText()).contains("went on in plaintext",
                "covered: no-starttls");
        assertThat(r.result("TLS-VER-01").get("message").asText()).startsWith("not tested: no case was observed");
    }
}
