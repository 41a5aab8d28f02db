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
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.net.Endpoint;
import org.mtainterop.pki.PemCodec;
import org.mtainterop.sender.EmbeddedSender;
import org.mtainterop.sender.OutboundPolicy;
import org.mtainterop.sender.TestMessage;

/** {@code receive} on loopback, with the embedded sender as the operator's MTA: sessions become JSON results. */
class ReceiveCommandTest {
    @TempDir
    Path dir;

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private CompletableFuture<Integer> receive(int port, String... more) {
        StringWriter out = new StringWriter();
        String[] base = {"receive", "--listen", "127.0.0.1:" + port, "--hostname", "mx.partner.test",
            "--write-ca", dir.resolve("ca.pem").toString(), "--json", dir.resolve("summary.json").toString(),
            "--report-dir", dir.toString(), "--no-html"};
        String[] args = Stream.concat(Arrays.stream(base), Arrays.stream(more))
                .toArray(String[]::new);
        return CompletableFuture.supplyAsync(() -> MtaInteropCommand.execute(args, new PrintWriter(out, true),
                new PrintWriter(out, true)));
    }

    private X509Certificate awaitCa() throws Exception {
        Path ca = dir.resolve("ca.pem");
        for (int i = 0; i < 200 && (!Files.exists(ca) || Files.size(ca) == 0); i++) {
            Thread.sleep(50);
        }
        Thread.sleep(100);
        return PemCodec.parseCertificates(Files.readString(ca), "ca.pem").get(0);
    }

    @Test
    void aVerifyingSenderIsJudgedFromOneSession() throws Exception {
        int port = freePort();
        CompletableFuture<Integer> exit = receive(port, "--sessions", "1", "--timeout", "60");
        X509Certificate root = awaitCa();
        new EmbeddedSender(OutboundPolicy.VERIFY, new Endpoint("127.0.0.1", port, "mx.partner.test"), root)
                .submit(TestMessage.create("alice@sender.test", "bob@partner.test", "live test"));
        assertThat(exit.get(60, TimeUnit.SECONDS)).isZero();
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        JsonNode target = summary.get("targets").get(0);
        assertThat(target.get("name").asText()).isEqualTo("127.0.0.1 " + EmbeddedSender.EHLO_NAME);
        assertThat(target.toString()).contains("\"CERT-07\"", "\"STARTTLS-07\"", "\"TLS-VER-01\"");
        for (JsonNode r : target.get("results")) {
            String expected = switch (r.get("requirement").asText()) {
                case "CERT-07", "STARTTLS-07", "TLS-VER-01", "TLS-CS-01", "TLS-KX-01", "TLS-EXT-02", "TLS-EXT-03" -> "passed";
                default -> "skipped";
            };
            assertThat(r.get("status").asText()).as(r.toString()).isEqualTo(expected);
        }
        assertThat(Files.list(dir.resolve("allure-results")).anyMatch(p -> p.toString().endsWith("-result.json"))).isTrue();
    }

    @Test
    void aSenderThatFallsBackToPlaintextFailsDowngrade03() throws Exception {
        int port = freePort();
        CompletableFuture<Integer> exit = receive(port, "--profile", "no-starttls", "--sessions", "1", "--timeout", "60");
        X509Certificate root = awaitCa();
        new EmbeddedSender(OutboundPolicy.MAY, new Endpoint("127.0.0.1", port, "mx.partner.test"), root)
                .submit(TestMessage.create("alice@sender.test", "bob@partner.test", "live test"));
        assertThat(exit.get(60, TimeUnit.SECONDS)).isEqualTo(1);
        String json = Files.readString(dir.resolve("summary.json"));
        assertThat(json).contains("went on in plaintext");
    }

    private JsonNode result(String requirement) throws Exception {
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        for (JsonNode r : summary.get("targets").get(0).get("results")) {
            if (r.get("requirement").asText().equals(requirement)) {
                return r;
            }
        }
        throw new AssertionError(requirement + " not in " + summary);
    }

    @Test
    void oneBadCertificateProfileGivesCert06AVerdictNamingTheCasesNotObserved() throws Exception {
        int port = freePort();
        CompletableFuture<Integer> exit = receive(port, "--profile", "expired-cert", "--sessions", "1", "--timeout", "60");
        X509Certificate root = awaitCa();
        new EmbeddedSender(OutboundPolicy.VERIFY, new Endpoint("127.0.0.1", port, "mx.partner.test"), root)
                .submit(TestMessage.create("alice@sender.test", "bob@partner.test", "live test"));
        assertThat(exit.get(60, TimeUnit.SECONDS)).isZero();
        JsonNode cert06 = result("CERT-06");
        assertThat(cert06.get("status").asText()).as(cert06.toString()).isEqualTo("passed");
        assertThat(cert06.get("message").asText()).contains("no MAIL was sent", "covered: expired-cert",
                "not observed: self-signed, wrong-host, untrusted-ca, bad-signature");
        JsonNode downgrade03 = result("DOWNGRADE-03");
        assertThat(downgrade03.get("status").asText()).isEqualTo("skipped");
        assertThat(downgrade03.get("message").asText()).startsWith("not tested: no case was observed (no-starttls,"
                + " starttls-454, handshake-abort)");
    }

    @Test
    void aProfileListWalksARetryingSenderThroughEachProfile() throws Exception {
        int port = freePort();
        StringWriter console = new StringWriter();
        String[] args = {"receive", "--listen", "127.0.0.1:" + port, "--hostname", "mx.partner.test",
            "--write-ca", dir.resolve("ca.pem").toString(), "--json", dir.resolve("summary.json").toString(),
            "--report-dir", dir.toString(), "--no-html", "--profile", "no-starttls,bad-signature,compliant",
            "--sessions", "3", "--timeout", "60"};
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> MtaInteropCommand.execute(args,
                new PrintWriter(console, true), new PrintWriter(console, true)));
        X509Certificate root = awaitCa();
        EmbeddedSender sender = new EmbeddedSender(OutboundPolicy.VERIFY,
                new Endpoint("127.0.0.1", port, "mx.partner.test"), root);
        TestMessage message = TestMessage.create("alice@sender.test", "bob@partner.test", "walk");
        sender.submit(message);
        assertThat(sender.queueState(message).stillQueued()).contains(true);
        sender.retryNow();
        assertThat(sender.queueState(message).stillQueued()).contains(true);
        sender.retryNow();
        assertThat(sender.queueState(message).stillQueued()).contains(false);
        assertThat(exit.get(60, TimeUnit.SECONDS)).as(console.toString()).isZero();
        assertThat(console.toString()).contains("walking through the profiles no-starttls, bad-signature, compliant",
                "session (no-starttls)", "session (bad-signature)", "session (compliant)");
        assertThat(result("DOWNGRADE-03").get("message").asText()).contains("covered: no-starttls",
                "not observed: starttls-454, handshake-abort");
        assertThat(result("DOWNGRADE-03").get("status").asText()).isEqualTo("passed");
        assertThat(result("CERT-06").get("status").asText()).isEqualTo("passed");
        assertThat(result("CERT-06").get("message").asText()).contains("covered: bad-signature");
        assertThat(result("TLS-VER-01").get("status").asText()).isEqualTo("passed");
        assertThat(result("DOWNGRADE-02").get("status").asText()).isEqualTo("skipped");
    }

    @Test
    void anUnknownProfileInAListIsAUsageError() throws Exception {
        StringWriter out = new StringWriter();
        int code = MtaInteropCommand.execute(new String[] {"receive", "--listen", "127.0.0.1:" + freePort(),
            "--profile", "no-starttls,bogus", "--timeout", "1"}, new PrintWriter(out, true), new PrintWriter(out, true));
        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).contains("unknown receiver profile 'bogus'");
    }

    @Test
    void noSessionWithinTheTimeoutIsCouldNotTest() throws Exception {
        assertThat(receive(freePort(), "--timeout", "1").get(30, TimeUnit.SECONDS)).isEqualTo(3);
    }

    @Test
    void aDaneProfileWritesTheZoneItNeedsForTheTestBedAndForAnOperatorsServer() throws Exception {
        Path zones = dir.resolve("dane-zones");
        int code = receive(freePort(), "--profile", "dane-wrong-tlsa",
                "--dane-zones", zones.toString(), "--dane-address", "192.0.2.25", "--timeout", "1")
                .get(30, java.util.concurrent.TimeUnit.SECONDS);
        org.assertj.core.api.Assertions.assertThat(code).as("nothing received: could not test").isEqualTo(3);
        org.assertj.core.api.Assertions.assertThat(Files.readString(zones.resolve("zones.list")))
                .contains("partner.test signed");
        org.assertj.core.api.Assertions.assertThat(Files.readString(zones.resolve("partner.test.zone")))
                .contains("mx.partner.test. IN A 192.0.2.25")
                .containsPattern("_25\\._tcp\\.mx\\.partner\\.test\\. IN TLSA 3 1 1 [0-9a-f]{64}");
        org.assertj.core.api.Assertions.assertThat(Files.readString(zones.resolve("partner.test.zonefile")))
                .contains("@ IN SOA ns.partner.test.");
    }

    /** receive with the base options and {@code more}, its console in {@code console}. */
    private CompletableFuture<Integer> receiveLogged(StringWriter console, int port, String... more) {
        String[] base = {"receive", "--listen", "127.0.0.1:" + port, "--hostname", "mx.partner.test",
            "--write-ca", dir.resolve("ca.pem").toString(), "--json", dir.resolve("summary.json").toString(),
            "--report-dir", dir.toString(), "--no-html"};
        String[] args = Stream.concat(Arrays.stream(base), Arrays.stream(more)).toArray(String[]::new);
        return CompletableFuture.supplyAsync(() -> MtaInteropCommand.execute(args, new PrintWriter(console, true),
                new PrintWriter(console, true)));
    }

    /** GET the policy over HTTPS from 127.0.0.1:{@code port}, SNI and Host {@code host}, trusting only {@code root}. */
    private static String fetchPolicy(int port, String host, X509Certificate root) throws Exception {
        java.security.KeyStore trust = java.security.KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("root", root);
        javax.net.ssl.TrustManagerFactory tmf = javax.net.ssl.TrustManagerFactory.getInstance("PKIX");
        tmf.init(trust);
        javax.net.ssl.SSLContext tls = javax.net.ssl.SSLContext.getInstance("TLS");
        tls.init(null, tmf.getTrustManagers(), null);
        try (javax.net.ssl.SSLSocket socket = (javax.net.ssl.SSLSocket) tls.getSocketFactory()
                .createSocket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            javax.net.ssl.SSLParameters parameters = socket.getSSLParameters();
            parameters.setServerNames(java.util.List.of(new javax.net.ssl.SNIHostName(host)));
            parameters.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name the policy host
            socket.setSSLParameters(parameters);
            socket.getOutputStream().write(("GET /.well-known/mta-sts.txt HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
        }
    }

    private static int servedPort(StringWriter console) throws Exception {
        for (int i = 0; i < 200; i++) {
            var m = java.util.regex.Pattern.compile("serving https://\\S+ on 127\\.0\\.0\\.1:(\\d+)")
                    .matcher(console.toString());
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the policy server never said where it listens: " + console);
    }

    @Test
    void anMtaStsProfileWritesAndServesItsDomainsPolicyAndJudgesMtaSts04() throws Exception {
        Path published = dir.resolve("mta-sts");
        StringWriter console = new StringWriter();
        int port = freePort();
        CompletableFuture<Integer> exit = receiveLogged(console, port, "--profile", "mta-sts-enforce-valid",
                "--mta-sts-dir", published.toString(), "--mta-sts-serve", "127.0.0.1:0", "--sessions", "1",
                "--timeout", "60");
        X509Certificate root = awaitCa();
        String response = fetchPolicy(servedPort(console), "mta-sts.partner.test", root);
        assertThat(response).startsWith("HTTP/1.1 200").containsIgnoringCase("Content-Type: text/plain")
                .contains("mode: enforce", "mx: mx.partner.test");
        assertThat(Files.readString(published.resolve("mta-sts.partner.test/.well-known/mta-sts.txt")))
                .isEqualTo(response.substring(response.indexOf("\r\n\r\n") + 4));
        assertThat(Files.readString(published.resolve("partner.test.zone")))
                .contains("partner.test. IN MX 10 mx.partner.test.", "mx.partner.test. IN A 127.0.0.1",
                        "mta-sts.partner.test. IN A 127.0.0.1")
                .containsPattern("_mta-sts\\.partner\\.test\\. IN TXT \"v=STSv1; id=[0-9]{14}\"");
        assertThat(Files.readString(published.resolve("zones.list"))).contains("partner.test unsigned");
        // a verifying sender delivers to the valid MX, as an MTA-STS sender under enforce must
        new EmbeddedSender(OutboundPolicy.VERIFY, new Endpoint("127.0.0.1", port, "mx.partner.test"), root)
                .submit(TestMessage.create("alice@sender.test", "bob@partner.test", "MTA-STS"));
        assertThat(exit.get(60, TimeUnit.SECONDS)).as(console.toString()).isZero();
        JsonNode verdict = result("MTASTS-04");
        assertThat(verdict.get("status").asText()).as(verdict.toString()).isEqualTo("passed");
        assertThat(verdict.get("message").asText()).contains("covered: mta-sts-enforce-valid", "not observed:");
    }

    @Test
    void aSenderThatIgnoresAnEnforcePolicyFailsMtaSts04() throws Exception {
        StringWriter console = new StringWriter();
        int port = freePort();
        CompletableFuture<Integer> exit = receiveLogged(console, port, "--profile", "mta-sts-enforce-no-starttls",
                "--mta-sts-dir", dir.resolve("sts").toString(), "--sessions", "1", "--timeout", "60");
        X509Certificate root = awaitCa();
        // opportunistic TLS, no MTA-STS: STARTTLS withheld, so it delivers in plaintext
        new EmbeddedSender(OutboundPolicy.MAY, new Endpoint("127.0.0.1", port, "mx.partner.test"), root)
                .submit(TestMessage.create("alice@sender.test", "bob@partner.test", "MTA-STS"));
        assertThat(exit.get(60, TimeUnit.SECONDS)).as(console.toString()).isEqualTo(1);
        JsonNode verdict = result("MTASTS-04");
        assertThat(verdict.get("status").asText()).as(verdict.toString()).isEqualTo("failed");
        assertThat(verdict.get("message").asText()).contains("went on in plaintext");
    }

    @Test
    void mtaStsOptionsThatCannotMeanAnythingAreUsageErrorsNamingTheOption() throws Exception {
        String[][] cases = {
            {"--profile", "compliant", "--mta-sts-dir", dir.resolve("x").toString()},
            {"--profile", "mta-sts-enforce-valid,mta-sts-enforce-wrong-name", "--mta-sts-dir", dir.resolve("x").toString()},
            {"--profile", "mta-sts-enforce-valid,compliant"},
            {"--profile", "mta-sts-enforce-valid", "--mta-sts-dir", dir.resolve("x").toString(), "--mta-sts-address", "mx.example"},
            {"--profile", "mta-sts-enforce-valid", "--mta-sts-serve", "localhost:443"},
            {"--profile", "mta-sts-enforce-valid", "--mta-sts-serve", "127.0.0.1:99999"},
        };
        String[] expected = {"--mta-sts-dir needs an mta-sts-* profile", "an mta-sts-* profile runs alone",
            "--profile mta-sts-enforce-valid,compliant: an mta-sts-* profile runs alone",
            "--mta-sts-address mx.example is not an IPv4 or IPv6 address", "--mta-sts-serve localhost",
            "--mta-sts-serve 127.0.0.1:99999"};
        for (int i = 0; i < cases.length; i++) {
            StringWriter out = new StringWriter();
            String[] args = Stream.concat(Stream.of("receive", "--listen", "127.0.0.1:" + freePort(), "--timeout", "1"),
                    Arrays.stream(cases[i])).toArray(String[]::new);
            int code = MtaInteropCommand.execute(args, new PrintWriter(out, true), new PrintWriter(out, true));
            assertThat(code).as(String.join(" ", cases[i]) + ": " + out).isEqualTo(2);
            assertThat(out.toString()).contains(expected[i]);
        }
    }
}
