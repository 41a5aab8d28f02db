package org.mtainterop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.net.Endpoint;
import org.mtainterop.pki.PemCodec;
import org.mtainterop.sender.EmbeddedSender;
import org.mtainterop.sender.OutboundPolicy;
import org.mtainterop.sender.TestMessage;

/** {@code receive --operators}: a session from an operator's sender is reported as {@code <operator>/<client>}. */
class ReceiveOperatorsCommandTest {
    @TempDir
    Path dir;

    @Test
    void aSessionFromAnOperatorsAddressIsNamedAfterIt() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path operators = Files.writeString(dir.resolve("operators.yaml"), """
                operators:
                  - name: partner
                    domains: [partner.test]
                    mx: [mx.partner.test]
                    senders: [127.0.0.0/8]
                """);
        StringWriter out = new StringWriter();
        String[] args = {"receive", "--listen", "127.0.0.1:" + port, "--hostname", "mx.partner.test", "--operators",
            operators.toString(), "--sessions", "1", "--timeout", "60", "--write-ca", dir.resolve("ca.pem").toString(),
            "--report-dir", dir.toString(), "--no-html"};
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> MtaInteropCommand.execute(args,
                new PrintWriter(out, true), new PrintWriter(out, true)));
        Path ca = dir.resolve("ca.pem");
        for (int i = 0; i < 200 && (!Files.exists(ca) || Files.size(ca) == 0); i++) {
            Thread.sleep(50);
        }
        Thread.sleep(100);
        X509Certificate root = PemCodec.parseCertificates(Files.readString(ca), "ca.pem").get(0);

        new EmbeddedSender(OutboundPolicy.VERIFY, new Endpoint("127.0.0.1", port, "mx.partner.test"), root)
                .submit(TestMessage.create("alice@partner.test", "bob@partner.test", "attributed"));

        assertThat(exit.get(60, TimeUnit.SECONDS)).as(out.toString()).isZero();
        JsonNode target = new ObjectMapper().readTree(dir.resolve("summary.json").toFile()).get("targets").get(0);
        assertThat(target.get("name").asText()).isEqualTo("partner/127.0.0.1 " + EmbeddedSender.EHLO_NAME);
        assertThat(out.toString()).contains("== operator partner (profile pilot) ==");
    }

    @Test
    void aBadOperatorsFileIsAUsageError() throws Exception {
        Path operators = Files.writeString(dir.resolve("operators.yaml"), "operators:\n  - name: x\n    colour: red\n");
        StringWriter err = new StringWriter();
        int code = MtaInteropCommand.execute(new String[] {"receive", "--listen", "127.0.0.1:0", "--operators",
            operators.toString(), "--timeout", "1", "--report-dir", dir.toString(), "--no-html"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains(operators + ":3: operators[0].colour: unknown field");
    }
}
