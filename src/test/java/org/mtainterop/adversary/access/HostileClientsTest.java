package org.mtainterop.adversary.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mtainterop.net.MailService;

/**
 * Hostile clients end with a recorded reason, within the session deadline, and cost bounded memory: an endless line,
 * endless IMAP literals (synchronising: refused, the session goes on; non-synchronising: the session ends), a client
 * that drips one byte at a time, garbage instead of a ClientHello, silence, and one connection too many.
 */
class HostileClientsTest {

    private static AccessAdversarialServer start(MailService service, AccessServerProfile profile, Duration read,
                                                 Duration deadline, int sessions) {
        return AccessAdversarialServer.start(ServerFixture.settings(service, profile).withTimeouts(read, deadline)
                .withLimits(sessions, 8192, 1024 * 1024), ServerFixture.PKI);
    }

    @Test
    void anEndlessLineIsCutOff() throws Exception {
        try (AccessAdversarialServer server = start(MailService.IMAP, AccessServerProfile.COMPLIANT, Duration.ofSeconds(5),
                Duration.ofSeconds(10), 4); ScriptedClient c = ScriptedClient.connect(server.port())) {
            c.readLine();
            try {
                c.sendRaw("a1 NOOP " + "x".repeat(200_000));
            } catch (IOException closedUnderUs) {
                // the server may close before every byte is written
            }
            assertThat(c.readLine()).isEqualTo("* BYE line too long");
            AccessSessionFacts s = ServerFixture.awaitSessions(server, 1).get(0);
            assertThat(s.end()).isEqualTo(SessionEnd.CUT_OFF);
            assertThat(s.ending()).isEqualTo("cut off: client line longer than 8192 octets");
        }
    }

    @Test
    void anEndlessSynchronisingLiteralIsRefusedAndTheSessionGoesOn() throws Exception {
        try (AccessAdversarialServer server = start(MailService.IMAP, AccessServerProfile.NO_STARTTLS, Duration.ofSeconds(5),
                Duration.ofSeconds(10), 4); ScriptedClient c = ScriptedClient.connect(server.port())) {
            c.readLine();
            c.send("a1 LOGIN someone {999999999}");
            assertThat(c.readLine()).isEqualTo("a1 BAD literal of 999999999 bytes exceeds 1048576");
            c.send("a2 NOOP");
            assertThat(c.readLine()).isEqualTo("a2 OK NOOP completed");
            c.send("a3 LOGOUT");
            c.readUntil("a3 ");
            AccessSessionFacts s = ServerFixture.awaitSessions(server, 1).get(0);
            assertThat(s.end()).isEqualTo(SessionEnd.CLIENT_QUIT);
        }
    }

    @Test
    void anEndlessNonSynchronisingLiteralEndsTheSession() throws Exception {
        try (AccessAdversarialServer server = start(MailService.IMAP, AccessServerProfile.NO_STARTTLS, Duration.ofSeconds(5),
                Duration.ofSeconds(10), 4); ScriptedClient c = ScriptedClient.connect(server.port())) {
            c.readLine();
            c.sendRaw("a1 APPEND INBOX {999999999+}\r\n" + "y".repeat(10_000));
            assertThat(c.readLine()).isEqualTo("* BYE literal too large");
            AccessSessionFacts s = ServerFixture.awaitSessions(server, 1).get(0);
            assertThat(s.ending()).isEqualTo("cut off: non-synchronising literal of 999999999 bytes exceeds 1048576");
        }
    }

    @Test
    void aCommandOfEndlessSmallLiteralsEndsTheSession() throws Exception {
        try (AccessAdversarialServer server = start(MailService.IMAP, AccessServerProfile.NO_STARTTLS, Duration.ofSeconds(5),
                Duration.ofSeconds(10), 4); ScriptedClient c = ScriptedClient.connect(server.port())) {
            c.readLine();
            try {
                c.sendRaw("a1 SEARCH {0+}\r\n" + ("x".repeat(1000) + " {0+}\r\n").repeat(100));
            } catch (IOException closedUnderUs) {
                // the server may close before every byte is written
            }
            assertThat(c.readLine()).isEqualTo("* BYE literal too large");
            AccessSessionFacts s = ServerFixture.awaitSessions(server, 1).get(0);
            assertThat(s.ending()).isEqualTo("cut off: command with literals longer than 65536 bytes");
        }
    }

    @Test
    void aDripFeedingClientIsCutAtTheSessionDeadline() throws Exception {
        try (AccessAdversarialServer server = start(MailService.POP3, AccessServerProfile.COMPLIANT, Duration.ofSeconds(1),
                Duration.ofSeconds(2), 4); ScriptedClient c = ScriptedClient.connect(server.port())) {
            c.readLine();
            Instant start = Instant.now();
            try {
                for (int i = 0; i < 100; i++) {
                    c.sendRaw("N");
                    Thread.sleep(250);
                }
            } catch (IOException expected) {
                // the server cut the connection
            }
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(6));
            AccessSessionFacts s = ServerFixture.awaitSessions(server, 1).get(0);
            assertThat(s.end()).isEqualTo(SessionEnd.CUT_OFF);
            assertThat(s.ending()).isEqualTo("cut off: session longer than 2000 ms");
            assertThat(s.duration()).isLessThan(Duration.ofSeconds(4));
        }
    }

    @Test
    void garbageInsteadOfAClientHelloEndsTheHandshake() throws Exception {
        try (AccessAdversarialServer server = start(MailService.SUBMISSION, AccessServerProfile.COMPLIANT,
                Duration.ofSeconds(2), Duration.ofSeconds(10), 4); ScriptedClient c = ScriptedClient.connect(server.port())) {
            c.readReply();
            c.send("EHLO junk.test");
            c.readReply();
            c.send("STARTTLS");
            assertThat(c.readReply()).startsWith("220 ");
            c.sendRaw("hello, this is not TLS\r\n");
            assertThat(c.readLine()).isNull();
            AccessSessionFacts s = ServerFixture.awaitSessions(server, 1).get(0);
            assertThat(s.end()).isEqualTo(SessionEnd.TLS_FAILED);
            assertThat(s.clientHelloProblem().orElseThrow().render(org.mtainterop.report.ReportLanguage.EN))
                    .isEqualTo("not a TLS handshake record: starts with \"hello\"");
            assertThat(s.clientHelloProblem().orElseThrow().render(org.mtainterop.report.ReportLanguage.FR))
                    .isEqualTo("pas un enregistrement de négociation TLS : commence par \"hello\"");
            assertThat(s.clientHello()).isEmpty();
            assertThat(s.tlsFailure()).contains("no ClientHello: not a TLS handshake record: starts with \"hello\"");
            assertThat(s.summary()).contains("; handshake failed (no ClientHello: not a TLS handshake record: starts with"
                    + " \"hello\")");
            assertThat(s.described().render(org.mtainterop.report.ReportLanguage.FR)).contains(" ; échec de la négociation"
                    + " TLS (pas de ClientHello : pas un enregistrement de négociation TLS : commence par \"hello\")");
        }
    }

    @Test
    void aSilentClientIsCutOffAfterTheReadTimeout() throws Exception {
        try (AccessAdversarialServer server = start(MailService.POP3, AccessServerProfile.COMPLIANT,
                Duration.ofMillis(800), Duration.ofSeconds(10), 4); ScriptedClient c = ScriptedClient.connect(server.port())) {
            c.readLine();
            assertThat(c.readLine()).isEqualTo("-ERR timeout, closing connection");
            AccessSessionFacts s = ServerFixture.awaitSessions(server, 1).get(0);
            assertThat(s.ending()).isEqualTo("cut off: no complete line within 800 ms");
            assertThat(s.firstContact()).isEqualTo(FirstContact.NOTHING);
        }
    }

    @Test
    void oneConnectionTooManyIsToldSoAndClosed() throws Exception {
        try (AccessAdversarialServer server = start(MailService.SUBMISSION, AccessServerProfile.COMPLIANT,
                Duration.ofSeconds(5), Duration.ofSeconds(10), 1); ScriptedClient first = ScriptedClient.connect(server.port())) {
            first.readReply();
            try (ScriptedClient second = ScriptedClient.connect(server.port())) {
                assertThat(second.readReply()).startsWith("421 4.3.2 too many sessions");
            }
            first.send("QUIT");
            first.readReply();
            assertThat(ServerFixture.awaitSessions(server, 1)).hasSize(1);
        }
    }

    @Test
    void binaryJunkGetsErrorsNotADisconnect() throws Exception {
        try (AccessAdversarialServer server = start(MailService.POP3, AccessServerProfile.NO_STARTTLS,
                Duration.ofSeconds(5), Duration.ofSeconds(10), 4);
             Socket raw = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            raw.setSoTimeout(5000);
            InputStream in = raw.getInputStream();
            OutputStream out = raw.getOutputStream();
            readLine(in);
            out.write(new byte[] {'X', 0, 1, 2, (byte) 0xfe, '\r', '\n'});
            assertThat(readLine(in)).startsWith("-ERR");
            out.write("quit\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(readLine(in)).startsWith("+OK");
            AccessSessionFacts s = ServerFixture.awaitSessions(server, 1).get(0);
            assertThat(s.renderedTranscript()).contains("X\\x00\\x01\\x02\\xfe");
            assertThat(s.end()).isEqualTo(SessionEnd.CLIENT_QUIT);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            line.append((char) c);
        }
        return line.toString().strip();
    }
}
