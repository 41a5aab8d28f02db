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
        assertThat(carelessImapSession()).isEqualTo(1);
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

    /** The Allure results written, as JSON, CLIENT-01's first; the verdict attachment's text beside each. */
    private List<JsonNode> allureResults() throws Exception {
        List<JsonNode> results = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("allure-results"))) {
            for (Path p : files.filter(f -> f.toString().endsWith("-result.json")).toList()) {
                results.add(new ObjectMapper().readTree(p.toFile()));
            }
        }
        results.sort(java.util.Comparator.comparing((JsonNode r) -> r.get("name").asText()));
        return results;
    }

    private String attachment(JsonNode result, String name) throws Exception {
        for (JsonNode a : result.get("attachments")) {
            if (a.get("name").asText().equals(name)) {
                return Files.readString(dir.resolve("allure-results").resolve(a.get("source").asText()));
            }
        }
        throw new AssertionError("no attachment " + name + " in " + result);
    }

    private static String label(JsonNode result, String name) {
        for (JsonNode l : result.get("labels")) {
            if (l.get("name").asText().equals(name)) {
                return l.get("value").asText();
            }
        }
        throw new AssertionError("no label " + name + " in " + result);
    }

    /** {@code receive --protocol imap --profile no-starttls} for one session of a careless client; its exit code. */
    private int carelessImapSession(String... more) throws Exception {
        int port = freePort();
        List<String> args = new ArrayList<>(List.of("--protocol", "imap", "--profile", "no-starttls", "--sessions", "1",
                "--timeout", "60"));
        args.addAll(List.of(more));
        CompletableFuture<Integer> exit = receive(port, args.toArray(String[]::new));
        awaitCa();
        careLessImapLogin(port);
        return exit.get(60, TimeUnit.SECONDS);
    }

    private void careLessImapLogin(int port) throws Exception {
        try (ScriptedClient c = ScriptedClient.connect(port)) {
            c.readLine();
            c.send("a1 ID (\"name\" \"careless-mua\" \"version\" \"1.0\")");
            c.readUntil("a1 ");
            c.send("a2 LOGIN " + USER + " " + PASSWORD);
            c.readLine();
            c.send("a3 LOGOUT");
            c.readUntil("a3 ");
        }
    }

    @Test
    void theAllureResultsOfAnEnglishRunAreAsTheyWere() throws Exception {
        assertThat(carelessImapSession()).isEqualTo(1);
        JsonNode client01 = allureResults().get(0);
        assertThat(client01.get("name").asText()).isEqualTo("CLIENT-01 A client configured for TLS never sends credentials"
                + " or mail in plaintext when STARTTLS is not advertised, answered with an error, or the handshake fails"
                + " [127.0.0.1 careless-mua 1.0]");
        assertThat(label(client01, "suite")).isEqualTo("Mail clients");
        String verdict = attachment(client01, "Verdict");
        assertThat(verdict).startsWith("CLIENT-01 — A client configured for TLS never sends").contains("\nVerdict:  failed\n",
                "\nObserved: " + client01.get("statusDetails").get("message").asText() + "\n", "\nWhy it matters: An active",
                "\nHow to fix: Require TLS, not \"TLS if available\"");
        assertThat(client01.get("statusDetails").get("message").asText()).contains("IMAP LOGIN IN PLAINTEXT");
    }

    @Test
    void theAllureResultsOfAFrenchRunAreFrench() throws Exception {
        assertThat(carelessImapSession("--lang", "fr")).isEqualTo(1);
        List<JsonNode> results = allureResults();
        assertThat(results).hasSize(5);
        JsonNode client01 = results.get(0);
        assertThat(client01.get("name").asText()).isEqualTo("CLIENT-01 Un client configuré pour TLS n'envoie jamais"
                + " d'identifiants ni de courrier en clair quand STARTTLS n'est pas annoncé, est refusé par une erreur ou que"
                + " la négociation échoue [127.0.0.1 careless-mua 1.0]");
        assertThat(label(client01, "suite")).isEqualTo("Logiciels de messagerie");
        String message = client01.get("statusDetails").get("message").asText();
        assertThat(message).contains("IMAP LOGIN EN CLAIR");
        String verdict = attachment(client01, "Verdict");
        assertThat(verdict).startsWith("CLIENT-01 — Un client configuré pour TLS").contains("\nVerdict : non conforme\n",
                "\nConstaté : " + message + "\n", "\nPourquoi c'est important : Un attaquant actif",
                "\nComment corriger : Exigez TLS");
        for (JsonNode r : results) {
            String text = r.get("name").asText() + "\n" + label(r, "suite") + "\n" + r.get("statusDetails").get("message")
                    .asText() + "\n" + attachment(r, "Verdict");
            String words = text;
            for (AccessServerProfile profile : AccessServerProfile.values()) {
                words = words.replace(profile.label(), " "); // the server profiles' names: facts
            }
            assertThat(org.mtainterop.report.EnglishLeftovers.in(words)).as(text).isEmpty();
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
