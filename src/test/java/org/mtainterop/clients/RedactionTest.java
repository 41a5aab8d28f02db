package org.mtainterop.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.mtainterop.pki.PemCodec;
import org.mtainterop.pki.TestPki;

/** The credentials never reach a ClientRun, in any of the forms the clients print them; the texts stay bounded. */
class RedactionTest {
    private static final String USER = "Survey.User_7";
    private static final String PASSWORD = "p4ss\"w0rd\\x";
    private static final ClientJob JOB = new ClientJob(AccessProtocolKind.IMAP, TlsMode.STARTTLS, "mail.survey.test", 143,
            PemCodec.encodeCertificate(TestPki.generate().rootCertificate()), USER, PASSWORD, Duration.ofSeconds(5));

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyFormTheClientsPrintIsRedacted() {
        String transcript = String.join("\n",
                "> AUTH PLAIN " + b64("\0" + USER + "\0" + PASSWORD),              // curl, msmtp --debug
                "send: 'AUTH PLAIN " + b64(USER + "\0" + USER + "\0" + PASSWORD) + "\\r\\n'", // authzid = user
                "--> " + b64(USER), "--> " + b64(PASSWORD),                         // AUTH LOGIN
                "> A001 LOGIN " + USER + " \"p4ss\\\"w0rd\\\\x\"",                   // IMAP quoted string
                "*cmd* 'PASS " + PASSWORD + "'",                                    // poplib debug
                "set mta=smtp://Survey.User_7@mail.survey.test:587",                 // s-nail URL
                "smtp_url = smtp://" + "Survey.User_7".replace(".", "%2E") + "@mail.survey.test/",
                "password: p4ss%22w0rd%5Cx");                                        // percent-encoded
        String redacted = Redaction.of(JOB).apply(transcript);
        for (String secret : new String[] {PASSWORD, USER, b64(PASSWORD), b64(USER), "p4ss\\\"w0rd", "p4ss%22w0rd%5Cx"}) {
            assertThat(redacted).doesNotContain(secret);
        }
        assertThat(redacted).contains("> AUTH PLAIN " + Redaction.BASE64, "> A001 LOGIN " + Redaction.USER,
                "*cmd* 'PASS " + Redaction.PASSWORD + "'", "smtp://" + Redaction.USER + "@mail.survey.test:587");
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        String text = "< 235 2.7.0 Logged in.\n* OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN] Dovecot ready.";
        assertThat(Redaction.of(JOB).apply(text)).isEqualTo(text);
    }

    @Test
    void aJobNeverPrintsItsCredentials() {
        assertThat(JOB.toString()).doesNotContain(USER).doesNotContain(PASSWORD).contains("mail.survey.test:143");
    }

    @Test
    void outputIsBoundedAndTerminalEscapesAreGone() {
        String screen = "\u001b[?1h\u001b=\u001b[1;24r\u001b(B\u001b[mReading imap://[user]@mail.survey.test/INBOX...\r\n\u0007";
        assertThat(ClientOutput.bounded(screen)).isEqualTo("Reading imap://[user]@mail.survey.test/INBOX...\n\\x07");
        String huge = "start\n" + "x".repeat(100_000) + "\nthe end";
        String bounded = ClientOutput.bounded(huge);
        assertThat(bounded.length()).isLessThan(ClientOutput.MAX_CHARS + 100);
        assertThat(bounded).startsWith("start\n").endsWith("\nthe end").contains("characters left out");
        ClientRun run = new ClientRun("curl", AccessProtocolKind.IMAP, TlsMode.STARTTLS, 0, false, Duration.ZERO, huge, huge);
        assertThat(run.output().length()).isEqualTo(bounded.length());
        assertThat(run.configuration().length()).isEqualTo(bounded.length());
    }

    @Test
    void unsupportedCombinationsAreAnsweredWithoutRunningAnything() {
        ClientJob submission = new ClientJob(AccessProtocolKind.SUBMISSION, TlsMode.IMPLICIT, "mail.survey.test", 465,
                JOB.caPem(), USER, PASSWORD, null);
        ClientRun run = new ContainerSurveyClient(ContainerizedClient.MBSYNC, null).run(submission);
        assertThat(run.notApplicable()).isTrue();
        assertThat(run.exitCode()).isEqualTo(ClientRun.NOT_APPLICABLE);
        assertThat(run.succeeded()).isFalse();
        assertThat(submission.deadline()).isEqualTo(ClientJob.DEFAULT_DEADLINE);
    }

    @Test
    void theSurveyOrderIsStable() {
        assertThat(SurveyClients.names()).containsExactly("curl", "msmtp", "fetchmail", "s-nail", "neomutt", "mbsync",
                "getmail6", "python", "angus-mail");
    }
}
