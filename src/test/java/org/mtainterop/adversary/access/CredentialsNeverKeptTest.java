package org.mtainterop.adversary.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtainterop.adversary.access.AngusMailClient.PASSWORD;
import static org.mtainterop.adversary.access.AngusMailClient.USER;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.clients.ClientCellVerdict;
import org.mtainterop.policy.clients.ClientChecks;
import org.mtainterop.policy.clients.ClientVerdictText;

/**
 * No user name or password, in clear or base64, ever reaches the facts, the transcript, a summary line, a verdict
 * or a survey cell: every way the three protocols carry credentials (SASL PLAIN, LOGIN, CRAM-MD5, XOAUTH2 with and
 * without initial responses, IMAP LOGIN quoted and as literals, POP3 USER/PASS and APOP, a SASL response sent out of
 * step after a refusal, and the login name used again as envelope address), in plaintext and inside TLS, is sent and
 * then searched for.
 */
class CredentialsNeverKeptTest {
    private static final Base64.Encoder B64 = Base64.getEncoder();

    private static String b64(String text) {
        return B64.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static final String PLAIN = b64("\0" + USER + "\0" + PASSWORD);
    private static final String XOAUTH2 = b64("user=" + USER + "\u0001auth=Bearer " + PASSWORD + "\u0001\u0001");
    private static final String CRAM = b64(USER + " " + PASSWORD);

    private static List<String> forbidden() {
        return List.of(USER, PASSWORD, "S3cret", b64(USER), b64(PASSWORD), PLAIN, XOAUTH2, CRAM,
                PLAIN.substring(0, 16), b64(PASSWORD).substring(0, 12));
    }

    @Test
    void noCredentialValueSurvivesAnywhere() throws Exception {
        List<AccessSessionFacts> all = new ArrayList<>();
        all.addAll(submission(AccessServerProfile.NO_STARTTLS));
        all.addAll(submissionOutOfStep());
        all.addAll(imap());
        all.addAll(pop3());
        all.addAll(angusInsideTls());

        assertThat(all).hasSizeGreaterThanOrEqualTo(17);
        assertThat(all.stream().mapToLong(s -> s.credentials().size()).sum()).as("credentials were sent").isEqualTo(27);
        List<String> rendered = new ArrayList<>();
        for (AccessSessionFacts s : all) {
            rendered.add(s.toString());
            rendered.add(s.summary());
            rendered.add(s.renderedTranscript());
            s.transcript().forEach(e -> rendered.add(e.text()));
            ClientChecks.all().forEach(c -> rendered.add(ClientVerdictText.render(c.judge(s.profile(), List.of(s)))));
            rendered.add(ClientCellVerdict.classify(s.profile(), List.of(s)).render());
        }
        for (String text : rendered) {
            for (String secret : forbidden()) {
                assertThat(text).as("rendering must not contain a credential").doesNotContain(secret);
            }
        }
        assertThat(String.join("\n", rendered)).contains("<redacted>", "AUTH PLAIN", "IMAP LOGIN", "POP3 PASS",
                "MAIL FROM:<redacted> SIZE=100", "RCPT TO:<redacted>", "VRFY <redacted>",
                "AUTH XOAUTH2", "AUTH CRAM-MD5", "AUTHENTICATE LOGIN", "POP3 APOP");
    }

    private static List<AccessSessionFacts> submission(AccessServerProfile profile) throws Exception {
        try (AccessAdversarialServer server = ServerFixture.start(MailService.SUBMISSION, profile)) {
            String[][] scripts = {
                {"AUTH PLAIN " + PLAIN, "MAIL FROM:<" + USER + "> SIZE=100", "RCPT TO:<" + USER + ">", "VRFY " + USER},
                {"AUTH PLAIN", PLAIN},
                {"AUTH LOGIN", b64(USER), b64(PASSWORD)},
                {"AUTH LOGIN " + b64(USER), b64(PASSWORD)},
                {"AUTH CRAM-MD5", CRAM},
                {"AUTH XOAUTH2 " + XOAUTH2},
            };
            for (String[] script : scripts) {
                try (ScriptedClient c = ScriptedClient.connect(server.port())) {
                    c.readReply();
                    c.send("EHLO leaky.test");
                    c.readReply();
                    for (String line : script) {
                        c.send(line);
                        c.readReply();
                    }
                    c.send("QUIT");
                    c.readReply();
                }
            }
            return ServerFixture.awaitSessions(server, scripts.length);
        }
    }

    /** Compliant before TLS: AUTH is refused, and a careless client sends its SASL response anyway. */
    private static List<AccessSessionFacts> submissionOutOfStep() throws Exception {
        try (AccessAdversarialServer server = ServerFixture.start(MailService.SUBMISSION, AccessServerProfile.COMPLIANT);
             ScriptedClient c = ScriptedClient.connect(server.port())) {
            c.readReply();
            c.send("EHLO leaky.test");
            c.readReply();
            c.send("AUTH PLAIN");
            assertThat(c.readReply()).startsWith("530");
            c.send(PLAIN);
            assertThat(c.readReply()).startsWith("500");
            c.send("AUTH LOGIN " + b64(USER));
            assertThat(c.readReply()).startsWith("530");
            c.send(b64(PASSWORD));
            c.readReply();
            c.send("QUIT");
            c.readReply();
            return ServerFixture.awaitSessions(server, 1);
        }
    }

    private static List<AccessSessionFacts> imap() throws Exception {
        try (AccessAdversarialServer server = ServerFixture.start(MailService.IMAP, AccessServerProfile.NO_STARTTLS)) {
            try (ScriptedClient c = ScriptedClient.connect(server.port())) {
                c.readLine();
                c.send("a1 LOGIN \"" + USER + "\" \"" + PASSWORD + "\"");
                assertThat(c.readLine()).startsWith("a1 OK");
                c.send("a2 LOGOUT");
                c.readUntil("a2 ");
            }
            try (ScriptedClient c = ScriptedClient.connect(server.port())) {
                c.readLine();
                c.send("a1 LOGIN {" + USER.length() + "}");
                assertThat(c.readLine()).startsWith("+");
                c.sendRaw(USER + " {" + PASSWORD.length() + "}\r\n");
                assertThat(c.readLine()).startsWith("+");
                c.sendRaw(PASSWORD + "\r\n");
                assertThat(c.readLine()).startsWith("a1 OK");
                c.send("a2 LOGOUT");
                c.readUntil("a2 ");
            }
            try (ScriptedClient c = ScriptedClient.connect(server.port())) {
                c.readLine();
                c.sendRaw("a1 LOGIN {" + USER.length() + "+}\r\n" + USER + " {" + PASSWORD.length() + "+}\r\n" + PASSWORD + "\r\n");
                assertThat(c.readLine()).startsWith("a1 OK");
                c.send("a2 AUTHENTICATE PLAIN " + PLAIN);
                assertThat(c.readLine()).startsWith("a2 BAD already");
                c.send("a3 LOGOUT");
                c.readUntil("a3 ");
            }
            try (ScriptedClient c = ScriptedClient.connect(server.port())) {
                c.readLine();
                c.send("a1 AUTHENTICATE LOGIN");
                assertThat(c.readLine()).startsWith("+ ");
                c.send(b64(USER));
                assertThat(c.readLine()).startsWith("+ ");
                c.send(b64(PASSWORD));
                assertThat(c.readLine()).startsWith("a1 OK");
                c.send("a2 LOGOUT");
                c.readUntil("a2 ");
            }
            return ServerFixture.awaitSessions(server, 4);
        }
    }

    private static List<AccessSessionFacts> pop3() throws Exception {
        try (AccessAdversarialServer server = ServerFixture.start(MailService.POP3, AccessServerProfile.NO_STARTTLS)) {
            String[][] scripts = {
                {"USER " + USER, "PASS " + PASSWORD},
                {"AUTH PLAIN", PLAIN},
                {"AUTH PLAIN " + PLAIN},
                {"APOP " + USER + " " + PASSWORD},
            };
            for (String[] script : scripts) {
                try (ScriptedClient c = ScriptedClient.connect(server.port())) {
                    c.readLine();
                    for (String line : script) {
                        c.send(line);
                        c.readLine();
                    }
                    c.send("QUIT");
                    c.readLine();
                }
            }
            return ServerFixture.awaitSessions(server, scripts.length);
        }
    }

    private static List<AccessSessionFacts> angusInsideTls() throws Exception {
        List<AccessSessionFacts> out = new ArrayList<>();
        for (MailService service : List.of(MailService.SUBMISSION, MailService.IMAP, MailService.POP3)) {
            try (AccessAdversarialServer server = ServerFixture.start(service, AccessServerProfile.COMPLIANT)) {
                new AngusMailClient(ServerFixture.verifyingTls()).use(service, server.port());
                out.addAll(ServerFixture.awaitSessions(server, 1));
            }
        }
        return out;
    }
}
