package org.mtainterop.adversary.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtainterop.adversary.access.AngusMailClient.PASSWORD;
import static org.mtainterop.adversary.access.AngusMailClient.USER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import jakarta.mail.MessagingException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.cli.MtaInteropCommand;
import org.mtainterop.net.MailService;
import org.mtainterop.pki.PemCodec;
import org.mtainterop.run.HarnessHome;

/**
 * {@code receive --protocol submission|imap|pop3} end to end on loopback: each session prints one line, the run's
 * JSON has the schema of every run with one target per client and the CLIENT-0x verdicts, the exit code follows
 * them, and no credential reaches the console, the JSON or the Allure results. Misused options are usage errors.
 */
class ReceiveAccessCommandTest {
    @TempDir
    Path dir;
    private final StringWriter console = new StringWriter();

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private CompletableFuture<Integer> receive(int port, String... more) {
        String[] base = {"receive", "--listen", "127.0.0.1:" + port, "--hostname", ServerFixture.HOST,
            "--write-ca", dir.resolve("ca.pem").toString(), "--json", dir.resolve("summary.json").toString(),
            "--report-dir", dir.toString(), "--no-html"};
        String[] args = Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new);
        return CompletableFuture.supplyAsync(() -> MtaInteropCommand.execute(args, new PrintWriter(console, true),
                new PrintWriter(console, true)));
    }

    private ClientTls awaitCa() throws Exception {
        Path ca = dir.resolve("ca.pem");
        for (int i = 0; i < 200 && (!Files.exists(ca) || Files.size(ca) == 0); i++) {
            Thread.sleep(50);
        }
        Thread.sleep(100);
        return new ClientTls(PemCodec.parseCertificates(Files.readString(ca), "ca.pem").get(0), ServerFixture.HOST);
    }

    private static JsonSchema schema() throws Exception {
        try (InputStream in = ReceiveAccessCommandTest.class.getResourceAsStream("/schema/summary.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        }
    }

    private String everythingWritten() throws Exception {
        StringBuilder all = new StringBuilder(console.toString());
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                all.append(Files.readString(p, StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }

    @Test
    void anImapClientThatLogsInWithoutStarttlsFailsClient01AndNoSecretIsWritten() throws Exception {
        int port = freePort();
        CompletableFuture<Integer> exit = receive(port, "--protocol", "imap", "--profile", "no-starttls",
                "--sessions", "1", "--timeout", "60");
        awaitCa();
        try (ScriptedClient c = ScriptedClient.connect(port)) {
            c.readLine();
            c.send("a1 ID (\"name\" \"careless-mua\" \"version\" \"1.0\")");
            c.readUntil("a1 ");
            c.send("a2 LOGIN " + USER + " " + PASSWORD);
            c.readLine();
            c.send("a3 LOGOUT");
            c.readUntil("a3 ");
        }
        assertThat(exit.get(60, TimeUnit.SECONDS)).isEqualTo(1);
        String json = Files.readString(dir.resolve("summary.json"));
        assertThat(schema().validate(json, InputFormat.JSON)).isEmpty();
        JsonNode target = new ObjectMapper().readTree(json).get("targets").get(0);
        assertThat(target.get("name").asText()).isEqualTo("127.0.0.1 careless-mua 1.0");
        assertThat(target.get("mxName").asText()).isEqualTo(ServerFixture.HOST);
        assertThat(target.get("results")).hasSize(5);
        for (JsonNode r : target.get("results")) {
            String expected = r.get("requirement").asText().equals("CLIENT-01") ? "failed" : "skipped";
            assertThat(r.get("status").asText()).as(r.toString()).isEqualTo(expected);
        }
        assertThat(console.toString()).contains("session: imap 127.0.0.1 (careless-mua 1.0) [no-starttls]",
                "IMAP LOGIN IN PLAINTEXT");
        assertThat(Files.list(dir.resolve("allure-results")).filter(p -> p.toString().endsWith("-result.json"))).hasSize(5);
        String written = everythingWritten();
        for (String secret : List.of(USER, PASSWORD, Base64.getEncoder().encodeToString(PASSWORD.getBytes(StandardCharsets.UTF_8)))) {
            assertThat(written).doesNotContain(secret);
        }
    }

    @Test
    void aVerifyingSubmissionClientPassesClient02() throws Exception {
        int port = freePort();
        CompletableFuture<Integer> exit = receive(port, "--protocol", "submission", "--tls", "implicit",
                "--profile", "wrong-host", "--requirements", "pilot", "--sessions", "1", "--timeout", "60");
        ClientTls tls = awaitCa();
        try {
            new AngusMailClient(tls).submit(MailService.SUBMISSIONS, port);
        } catch (MessagingException expected) {
            // the certificate names another host: the client refuses it
        }
        assertThat(exit.get(60, TimeUnit.SECONDS)).isZero();
        JsonNode target = new ObjectMapper().readTree(dir.resolve("summary.json").toFile()).get("targets").get(0);
        assertThat(target.get("name").asText()).isEqualTo("127.0.0.1");
        assertThat(target.get("results")).hasSize(2);
        assertThat(target.get("results").get(1).get("requirement").asText()).isEqualTo("CLIENT-02");
        assertThat(target.get("results").get(1).get("status").asText()).isEqualTo("passed");
        assertThat(console.toString()).contains("serving submissions as " + ServerFixture.HOST);
    }

    @Test
    void misusedOptionsAreUsageErrors() throws Exception {
        assertThat(receive(freePort(), "--protocol", "smtp", "--tls", "implicit").get(30, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(receive(freePort(), "--protocol", "imap", "--tls", "implicit", "--profile", "response-injection")
                .get(30, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(receive(freePort(), "--protocol", "pop3", "--profile", "implicit-plaintext").get(30, TimeUnit.SECONDS))
                .isEqualTo(2);
        assertThat(receive(freePort(), "--protocol", "imap", "--profile", "starttls-454").get(30, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(receive(freePort(), "--protocol", "gopher").get(30, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(console.toString()).contains("implicit-plaintext", "starttls-error");
    }

    /** House rule 11: the README's examples are commands that run (here without a client: nothing to judge). */
    @Test
    void theReadmeExamplesRun() throws Exception {
        String readme = Files.readString(HarnessHome.directory().resolve("README.md"));
        String section = readme.substring(readme.indexOf("### Test a mail program"));
        String block = section.substring(section.indexOf("```bash") + 7, section.indexOf("```", section.indexOf("```bash") + 7));
        List<String> commands = List.of(block.replace("\\\n", " ").strip().split("\n"));
        assertThat(commands).hasSize(2);
        for (String command : commands) {
            List<String> args = new ArrayList<>(List.of(command.strip().split("\\s+")));
            assertThat(args.subList(0, 2)).containsExactly("./mta-interop", "receive");
            args.set(args.indexOf("--listen") + 1, "127.0.0.1:" + freePort());
            args.set(args.indexOf("--write-ca") + 1, dir.resolve("client-ca.pem").toString());
            int timeout = args.indexOf("--timeout");
            if (timeout >= 0) {
                args.subList(timeout, timeout + 2).clear();
            }
            args.addAll(List.of("--timeout", "1", "--report-dir", dir.toString(), "--no-html"));
            String[] argv = args.subList(1, args.size()).toArray(String[]::new);
            assertThat(MtaInteropCommand.execute(argv, new PrintWriter(console, true), new PrintWriter(console, true)))
                    .as(command + "\n" + console).isEqualTo(3);
            assertThat(Files.readString(dir.resolve("client-ca.pem"))).startsWith("-----BEGIN CERTIFICATE-----");
        }
    }

    @Test
    void noSessionWithinTheTimeoutIsCouldNotTest() throws Exception {
        assertThat(receive(freePort(), "--protocol", "pop3", "--timeout", "1").get(30, TimeUnit.SECONDS)).isEqualTo(3);
    }
}
