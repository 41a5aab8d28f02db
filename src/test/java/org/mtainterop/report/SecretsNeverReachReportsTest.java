package org.mtainterop.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.TestResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.dialect.AccessCapabilities;
import org.mtainterop.net.Endpoint;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.PolicyProfile;
import org.mtainterop.policy.Severity;
import org.mtainterop.probe.SmtpDialogue;
import org.mtainterop.probe.TlsDialogueFacts;
import org.mtainterop.report.evidence.Attachment;
import org.mtainterop.report.evidence.EvidenceAttachments;
import org.mtainterop.run.HarnessRun;
import org.mtainterop.run.Judgement;
import org.mtainterop.run.ReportDestination;
import org.mtainterop.run.RunPlan;
import org.mtainterop.smtp.EhloCapabilities;
import org.mtainterop.smtp.SmtpReply;
import org.mtainterop.smtp.Transcript;

/**
 * No credential and no private key reaches a report, a JSON summary or the console: AUTH PLAIN and AUTH
 * LOGIN go through the transcript, the evidence renderer, the real Allure writer and the JSON writer, and
 * every produced byte is searched for the secret in clear and in base64.
 */
class SecretsNeverReachReportsTest {
    private static final String USER = "alice.operator";
    private static final String PASSWORD = "s3cr3t-Pa55word";

    @TempDir
    Path dir;

    private static List<String> forbidden() {
        Base64.Encoder b64 = Base64.getEncoder();
        return List.of(PASSWORD,
                b64.encodeToString(PASSWORD.getBytes(StandardCharsets.UTF_8)),
                b64.encodeToString(("\0" + USER + "\0" + PASSWORD).getBytes(StandardCharsets.UTF_8)),
                b64.encodeToString(USER.getBytes(StandardCharsets.UTF_8)));
    }

    private static Transcript authExchanges() {
        Transcript t = new Transcript();
        String plain = Base64.getEncoder().encodeToString(("\0" + USER + "\0" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        t.client("EHLO probe.mta-interop.test\r\n");
        t.server(SmtpReply.of(250, "mx.test", "AUTH PLAIN LOGIN"));
        t.client("AUTH PLAIN " + plain + "\r\n");
        t.server(SmtpReply.of(235, "2.7.0 authenticated"));
        t.client("AUTH PLAIN\r\n");
        t.server(SmtpReply.of(334, ""));
        t.client(plain + "\r\n");
        t.server(SmtpReply.of(235, "2.7.0 authenticated"));
        t.client("AUTH LOGIN\r\n");
        t.server(SmtpReply.of(334, "VXNlcm5hbWU6"));
        t.client(Base64.getEncoder().encodeToString(USER.getBytes(StandardCharsets.UTF_8)) + "\r\n");
        t.server(SmtpReply.of(334, "UGFzc3dvcmQ6"));
        t.client(Base64.getEncoder().encodeToString(PASSWORD.getBytes(StandardCharsets.UTF_8)) + "\r\n");
        t.server(SmtpReply.of(235, "2.7.0 authenticated"));
        t.client("QUIT\r\n");
        return t;
    }

    @Test
    void authCredentialsAppearNowhere() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        Path allure = Files.createDirectories(dir.resolve("allure-results"));
        try (PrintStream capture = new PrintStream(console, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            Transcript transcript = authExchanges();
            String rendered = transcript.render();
            TlsDialogueFacts facts = new TlsDialogueFacts(MailService.SMTP, new Endpoint("127.0.0.1", 2525, "mx.test"),
                    Optional.empty(), Optional.empty(), AccessCapabilities.none(MailService.Protocol.SMTP),
                    Optional.empty(), Optional.empty(), Optional.empty(),
                    AccessCapabilities.none(MailService.Protocol.SMTP), rendered,
                    Optional.of(new SmtpDialogue(Optional.empty(), EhloCapabilities.none(), Optional.empty(),
                            Optional.empty(), EhloCapabilities.none(), true)));
            List<Attachment> evidence = EvidenceAttachments.of(facts);

            AllureLifecycle lifecycle = new AllureLifecycle(new FileSystemResultsWriter(allure));
            String uuid = UUID.randomUUID().toString();
            lifecycle.scheduleTestCase(new TestResult().setUuid(uuid).setName("AUTH exchange").setStatus(Status.PASSED));
            lifecycle.startTestCase(uuid);
            evidence.forEach(a -> lifecycle.addAttachment(a.name(), a.mediaType(), "txt", a.content()));
            lifecycle.stopTestCase(uuid);
            lifecycle.writeTestCase(uuid);

            String lastLine = rendered.lines().filter(l -> l.contains("AUTH")).reduce((a, b) -> b).orElse("");
            RunSummary summary = new RunSummary("test", Instant.now(), "pilot", List.of(new TargetReport("auth",
                    "127.0.0.1", 2525, "mx.test", List.of(new RequirementResult("STARTTLS-01", Outcome.PASSED,
                    Severity.MUST, List.of("pilot"), "observed: " + lastLine, 1)))));
            new JsonSummaryWriter().write(summary, dir.resolve("summary.json"));
            System.out.println(rendered);
            System.err.println(new ConsoleSummary().render(summary, null, dir.resolve("summary.json")));
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
        List<String> everything = new ArrayList<>(contentsOf(dir));
        everything.add(console.toString(StandardCharsets.UTF_8));
        assertThat(contentsOf(allure)).as("allure files written").hasSizeGreaterThanOrEqualTo(2);
        assertThat(String.join("\n", everything)).contains("AUTH PLAIN").contains("AUTH LOGIN").contains("<redacted>");
        for (String secret : forbidden()) {
            assertThat(everything).as("no file or output holds " + secret).noneMatch(text -> text.contains(secret));
        }
    }

    @Test
    void oddlySpacedAuthCommandsAreStillRedacted() {
        Transcript t = new Transcript();
        t.client("AUTH ");                                   // found by fuzzing: used to throw
        t.server(SmtpReply.of(501, "syntax"));
        t.client("AUTH\tPLAIN AHVzZXIAcGFzcw==\r\n");        // a tab instead of a space
        assertThat(t.render()).doesNotContain("AHVzZXIAcGFzcw==").contains("AUTH PLAIN <redacted>");
    }

    @Test
    void noPrivateKeyInReportsOrOutputAfterAFullEmbeddedRun() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        try (PrintStream capture = new PrintStream(console, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            RunPlan plan = new RunPlan(RunPlan.Targets.embeddedDefault(), Judgement.of(PolicyProfile.PILOT),
                    RunPlan.Connections.defaults(), ReportDestination.withoutHtml(dir));
            var outcome = new HarnessRun(plan).execute();
            System.out.print(new ConsoleSummary().render(outcome.summary(), null, outcome.json()));
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
        List<String> everything = new ArrayList<>(contentsOf(dir));
        assertThat(everything).as("reports written").hasSizeGreaterThan(5);
        assertThat(String.join("\n", everything)).contains("BEGIN CERTIFICATE");
        everything.add(console.toString(StandardCharsets.UTF_8));
        assertThat(everything).noneMatch(text -> text.contains("PRIVATE KEY"));
    }

    private static List<String> contentsOf(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(p -> {
                try {
                    return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }
}
