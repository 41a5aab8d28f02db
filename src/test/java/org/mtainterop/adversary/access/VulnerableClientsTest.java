package org.mtainterop.adversary.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtainterop.adversary.access.AngusMailClient.PASSWORD;
import static org.mtainterop.adversary.access.AngusMailClient.USER;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.Test;
import org.mtainterop.net.MailService;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.clients.ClientCellVerdict;
import org.mtainterop.policy.clients.ClientChecks;
import org.mtainterop.report.ReportLanguage;

/**
 * Scripted mail programs with the defects each profile is built to expose, so every check is seen failing (and,
 * where the safe behaviour differs from Angus Mail's, passing): plaintext logins after a stripped, refused or
 * aborted STARTTLS, trust in any certificate, a buffered injected answer, pre-TLS capabilities reused, a plaintext
 * fallback on an implicit-TLS port, and a control that fails.
 */
class VulnerableClientsTest {
    private static final String PLAIN = Base64.getEncoder()
            .encodeToString(("\0" + USER + "\0" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    private static Verdict judge(AccessServerProfile profile, List<AccessSessionFacts> sessions) {
        return ClientChecks.exercisedBy(profile).orElseThrow().judge(profile, sessions);
    }

    @Test
    void anImapClientThatLogsInWithoutStarttlsLeaksItsCredentials() throws Exception {
        try (AccessAdversarialServer server = ServerFixture.start(MailService.IMAP, AccessServerProfile.NO_STARTTLS);
             ScriptedClient c = ScriptedClient.connect(server.port())) {
            assertThat(c.readLine()).startsWith("* OK [CAPABILITY").contains("AUTH=PLAIN").doesNotContain("STARTTLS");
            c.send("a1 STARTTLS");
            assertThat(c.readLine()).startsWith("a1 BAD");
            c.send("a2 LOGIN " + USER + " " + PASSWORD);
            assertThat(c.readLine()).startsWith("a2 OK");
            c.send("a3 SELECT INBOX");
            assertThat(c.readUntil("a3 ")).contains("* 1 EXISTS", "a3 OK");
            c.send("a4 FETCH 1 (BODY[])");
            assertThat(c.readUntil("a4 ")).contains("mta-interop test message", "a4 OK");
            c.send("a5 LOGOUT");
            c.readUntil("a5 ");
            List<AccessSessionFacts> sessions = ServerFixture.awaitSessions(server, 1);
            AccessSessionFacts s = sessions.get(0);
            assertThat(s.credentials()).singleElement().satisfies(e -> {
                assertThat(e.mechanism()).isEqualTo("IMAP LOGIN");
                assertThat(e.inPlaintext()).isTrue();
                assertThat(e.secret()).isTrue();
                assertThat(e.certificateShown()).isEmpty();
            });
            assertThat(s.loggedInInPlaintext()).isTrue();
            assertThat(s.mailVerbsInPlaintext()).contains("FETCH");
            assertThat(s.verbsAfterCredentials()).containsExactly("SELECT", "FETCH", "LOGOUT");
            Verdict v = judge(AccessServerProfile.NO_STARTTLS, sessions);
            assertThat(v.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(v.message()).contains("IMAP LOGIN IN PLAINTEXT", "FETCH");
            assertThat(ClientCellVerdict.classify(AccessServerProfile.NO_STARTTLS, sessions).verdict())
                    .isEqualTo(ClientCellVerdict.CREDENTIALS_LEAKED);
        }
    }

    @Test
    void aSubmissionClientThatGoesOnAfter454SubmitsInPlaintext() throws Exception {
        try (AccessAdversarialServer server = ServerFixture.start(MailService.SUBMISSION, AccessServerProfile.STARTTLS_ERROR);
             ScriptedClient c = ScriptedClient.connect(server.port())) {
            c.readReply();
            c.send("EHLO careless.test");
            assertThat(c.readReply()).contains("STARTTLS", "AUTH PLAIN LOGIN");
            c.send("STARTTLS");
            assertThat(c.readReply()).startsWith("454 ");
            c.send("AUTH PLAIN " + PLAIN);
            assertThat(c.readReply()).startsWith("235 ");
            c.send("MAIL FROM:<a@careless.test>");
            c.readReply();
            c.send("RCPT TO:<b@example.test>");
            c.readReply();
            c.send("DATA");
            assertThat(c.readReply()).startsWith("354");
            c.sendRaw("Subject: x\r\n\r\nbody\r\n.\r\n");
            assertThat(c.readReply()).startsWith("250 ");
            c.send("QUIT");
            c.readReply();
            List<AccessSessionFacts> sessions = ServerFixture.awaitSessions(server, 1);
            AccessSessionFacts s = sessions.get(0);
            assertThat(s.clientName()).isEqualTo("careless.test");
            assertThat(s.starttlsSent()).isTrue();
            assertThat(s.mailVerbsInPlaintext()).containsExactly("MAIL", "RCPT", "DATA");
            assertThat(s.credentials()).extracting(CredentialEvent::mechanism).containsExactly("AUTH PLAIN");
            assertThat(judge(AccessServerProfile.STARTTLS_ERROR, sessions).outcome()).isEqualTo(Outcome.FAILED);
        }
    }

    @Test
    void aPop3ClientThatRetriesInPlaintextAfterAnAbortedHandshakeFails() throws Exception {
        try (AccessAdversarialServer server = ServerFixture.start(MailService.POP3, AccessServerProfile.HANDSHAKE_ABORT)) {
            stlsAndAbortedHandshake(server);
            try (ScriptedClient retry = ScriptedClient.connect(server.port())) {
                retry.readLine();
                retry.send("USER " + USER);
                assertThat(retry.readLine()).startsWith("+OK");
                retry.send("PASS " + PASSWORD);
                assertThat(retry.readLine()).startsWith("+OK");
                retry.send("RETR 1");
                assertThat(retry.readUntil(".")).contains("mta-interop test message");
                retry.send("QUIT");
                retry.readLine();
            }
            List<AccessSessionFacts> sessions = ServerFixture.awaitSessions(server, 2);
            assertThat(sessions.get(0).end()).isEqualTo(SessionEnd.TLS_FAILED);
            assertThat(sessions.get(0).clientHello()).isPresent();
            assertThat(sessions.get(1).credentials()).extracting(CredentialEvent::mechanism)
                    .containsExactly("POP3 USER", "POP3 PASS");
            Verdict v = judge(AccessServerProfile.HANDSHAKE_ABORT, sessions);
            assertThat(v.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(v.message()).contains("POP3 PASS IN PLAINTEXT", "RETR");
        }
    }

    @Test
    void aClientThatStopsAfterTheAbortedHandshakePassesAndTheVerdictSaysWhatTheServerDidInItsLanguage() throws Exception {
        try (AccessAdversarialServer server = ServerFixture.start(MailService.POP3, AccessServerProfile.HANDSHAKE_ABORT)) {
            stlsAndAbortedHandshake(server);
            List<AccessSessionFacts> sessions = ServerFixture.awaitSessions(server, 1);
            assertThat(sessions.get(0).tlsFailure()).hasValue("the profile aborts every handshake (fatal alert handshake_failure)");
            Verdict v = judge(AccessServerProfile.HANDSHAKE_ABORT, sessions);
            assertThat(v.outcome()).isEqualTo(Outcome.PASSED);
            assertThat(v.message()).contains("; handshake failed (the profile aborts every handshake (fatal alert"
                    + " handshake_failure))");
            String french = v.message(ReportLanguage.FR);
            assertThat(french).contains("échec de la négociation TLS (le profil interrompt chaque négociation TLS"
                    + " (alerte fatale handshake_failure))").doesNotContain("profile aborts");
        }
    }

    @Test
    void aClientThatTrustsAnyCertificateSendsItsPasswordToTheImpostor() throws Exception {
        try (AccessAdversarialServer server = ServerFixture.start(MailService.IMAP, AccessServerProfile.EXPIRED_CERT);
             ScriptedClient c = ScriptedClient.connect(server.port())) {
            c.readLine();
            c.send("a1 STARTTLS");
            assertThat(c.readLine()).startsWith("a1 OK");
            c.startTlsTrustingAnything();
            c.send("a2 LOGIN " + USER + " " + PASSWORD);
            assertThat(c.readLine()).startsWith("a2 OK");
            c.send("a3 LOGOUT");
            c.readUntil("a3 ");
            List<AccessSessionFacts> sessions = ServerFixture.awaitSessions(server, 1);
            AccessSessionFacts s = sessions.get(0);
            assertThat(s.credentialsAfterBadCertificate()).isTrue();
            assertThat(s.credentials().get(0).certificateShown()).contains(CertificateProfile.EXPIRED);
            Verdict v = judge(AccessServerProfile.EXPIRED_CERT, sessions);
            assertThat(v.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(v.message()).contains("accepted the expired certificate and sent credentials");
            assertThat(ClientCellVerdict.classify(AccessServerProfile.EXPIRED_CERT, sessions).verdict())
                    .isEqualTo(ClientCellVerdict.ACCEPTED_BAD_CERTIFICATE);
        }
    }

    @Test
    void anImapClientThatTakesTheInjectedOkAsItsAnswerRunsAhead() throws Exception {
        try (AccessAdversarialServer server = ServerFixture.start(MailService.IMAP, AccessServerProfile.RESPONSE_INJECTION);
             ScriptedClient c = ScriptedClient.connect(server.port())) {
            c.readLine();
            c.send("a1 STARTTLS");
            String buffered = c.slurp(); // a careless client's read buffer, kept across the handshake
            assertThat(buffered).contains("a1 OK", "* CAPABILITY", AccessServerProfile.INJECTED_CAPABILITY, "a2 OK");
            c.startTls(ServerFixture.verifyingTls());
            c.send("a2 CAPABILITY");
            c.send("a3 LOGIN " + USER + " " + PASSWORD); // "a2 OK" came from the buffer: it goes on at once
            assertThat(c.readUntil("a2 ")).doesNotContain(AccessServerProfile.INJECTED_CAPABILITY);
            c.readUntil("a3 ");
            c.send("a4 LOGOUT");
            c.readUntil("a4 ");
            List<AccessSessionFacts> sessions = ServerFixture.awaitSessions(server, 1);
            assertThat(sessions.get(0).bytesAheadAfterInjection()).isPositive();
            Verdict v = judge(AccessServerProfile.RESPONSE_INJECTION, sessions);
            assertThat(v.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(v.message()).contains("bytes of its next command arrived before the real answer");
            assertThat(ClientCellVerdict.classify(AccessServerProfile.RESPONSE_INJECTION, sessions).verdict())
                    .isEqualTo(ClientCellVerdict.INJECTION_ACCEPTED);
        }
    }

    @Test
    void aPop3ClientThatUsesTheInjectedMechanismIsCaught() throws Exception {
        try (AccessAdversarialServer server = ServerFixture.start(MailService.POP3, AccessServerProfile.RESPONSE_INJECTION);
             ScriptedClient c = ScriptedClient.connect(server.port())) {
            c.readLine();
            c.send("STLS");
            assertThat(c.slurp()).contains("+OK Begin TLS", "+OK forged", "SASL CRAM-MD5");
            c.startTls(ServerFixture.verifyingTls());
            c.send("CAPA");
            c.send("AUTH CRAM-MD5"); // announced only by the forged CAPA answer it had buffered
            assertThat(c.readUntil(".")).doesNotContain("CRAM-MD5");
            assertThat(c.readLine()).startsWith("-ERR");
            c.send("QUIT");
            c.readLine();
            List<AccessSessionFacts> sessions = ServerFixture.awaitSessions(server, 1);
            assertThat(sessions.get(0).injectedCapabilityUsed()).contains("AUTH CRAM-MD5");
            assertThat(judge(AccessServerProfile.RESPONSE_INJECTION, sessions).message()).contains("it used AUTH CRAM-MD5");
        }
    }

    @Test
    void aClientThatHandsTheInjectedBytesToTlsTrustsNoneOfThem() throws Exception {
        try (AccessAdversarialServer server = ServerFixture.start(MailService.SUBMISSION, AccessServerProfile.RESPONSE_INJECTION);
             ScriptedClient c = ScriptedClient.connect(server.port())) {
            c.readReply();
            c.send("EHLO careful.test");
            c.readReply();
            c.send("STARTTLS");
            assertThat(c.readLine()).startsWith("220 "); // one line read byte by byte: the injected ones stay unread
            assertThatThrownBy(() -> c.startTls(ServerFixture.verifyingTls())).isInstanceOf(SSLException.class);
            List<AccessSessionFacts> sessions = ServerFixture.awaitSessions(server, 1);
            assertThat(sessions.get(0).injectedBytesFedToTls()).isTrue();
            Verdict v = judge(AccessServerProfile.RESPONSE_INJECTION, sessions);
            assertThat(v.outcome()).as(v.message()).isEqualTo(Outcome.PASSED);
            assertThat(v.message()).contains("handed the injected bytes to its TLS layer");
        }
    }

    @Test
    void aClientThatHangsUpOnTheTaintedStarttlsAnswerIsSafe() throws Exception {
        try (AccessAdversarialServer server = ServerFixture.start(MailService.SUBMISSION, AccessServerProfile.RESPONSE_INJECTION)) {
            try (ScriptedClient c = ScriptedClient.connect(server.port())) {
                c.readReply();
                c.send("EHLO careful.test");
                c.readReply();
                c.send("STARTTLS");
                assertThat(c.readLine()).startsWith("220 "); // more bytes behind it: a careful client hangs up
            }
            List<AccessSessionFacts> sessions = ServerFixture.awaitSessions(server, 1);
            assertThat(sessions.get(0).end()).isEqualTo(SessionEnd.NOTHING_AFTER_STARTTLS);
            Verdict v = judge(AccessServerProfile.RESPONSE_INJECTION, sessions);
            assertThat(v.outcome()).as(v.message()).isEqualTo(Outcome.PASSED);
            assertThat(v.message()).contains("sent nothing after the segment");
        }
    }

    @Test
    void anImapClientThatReusesThePreTlsMechanismTrustsTamperedState() throws Exception {
        try (AccessAdversarialServer server = ServerFixture.start(MailService.IMAP, AccessServerProfile.TAMPERED_CAPABILITIES);
             ScriptedClient c = ScriptedClient.connect(server.port())) {
            assertThat(c.readLine()).contains("AUTH=LOGIN", AccessServerProfile.FAKE_CAPABILITY);
            c.send("a1 STARTTLS");
            c.readLine();
            c.startTls(ServerFixture.verifyingTls());
            c.send("a2 AUTHENTICATE LOGIN");
            assertThat(c.readLine()).startsWith("a2 NO");
            c.send("a3 LOGOUT");
            c.readUntil("a3 ");
            List<AccessSessionFacts> sessions = ServerFixture.awaitSessions(server, 1);
            assertThat(sessions.get(0).preTlsOnlyCapabilityUsed()).contains("AUTHENTICATE LOGIN");
            assertThat(sessions.get(0).capabilitiesReadInsideTls()).isFalse();
            assertThat(judge(AccessServerProfile.TAMPERED_CAPABILITIES, sessions).outcome()).isEqualTo(Outcome.FAILED);
            assertThat(ClientCellVerdict.classify(AccessServerProfile.TAMPERED_CAPABILITIES, sessions).verdict())
                    .isEqualTo(ClientCellVerdict.TRUSTED_PRE_TLS_STATE);
        }
    }

    @Test
    void aSubmissionClientThatSkipsEhloInsideTlsFailsClient04() throws Exception {
        try (AccessAdversarialServer server = ServerFixture.start(MailService.SUBMISSION, AccessServerProfile.TAMPERED_CAPABILITIES);
             ScriptedClient c = ScriptedClient.connect(server.port())) {
            c.readReply();
            c.send("EHLO lazy.test");
            assertThat(c.readReply()).contains("AUTH LOGIN", AccessServerProfile.FAKE_CAPABILITY, "SMTPUTF8");
            c.send("STARTTLS");
            c.readReply();
            c.startTls(ServerFixture.verifyingTls());
            c.send("AUTH PLAIN " + PLAIN);
            assertThat(c.readReply()).startsWith("235");
            c.send("QUIT");
            c.readReply();
            List<AccessSessionFacts> sessions = ServerFixture.awaitSessions(server, 1);
            Verdict v = judge(AccessServerProfile.TAMPERED_CAPABILITIES, sessions);
            assertThat(v.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(v.message()).contains("did not ask for capabilities again", "AUTH");
        }
    }

    @Test
    void aPop3sClientThatReadsThePlaintextGreetingLeaksOnTheImplicitPort() throws Exception {
        try (AccessAdversarialServer server = ServerFixture.start(MailService.POP3S, AccessServerProfile.IMPLICIT_PLAINTEXT);
             ScriptedClient c = ScriptedClient.connect(server.port())) {
            assertThat(c.readLine()).startsWith("+OK");
            c.send("USER " + USER);
            c.readLine();
            c.send("PASS " + PASSWORD);
            assertThat(c.readLine()).startsWith("+OK");
            c.send("QUIT");
            c.readLine();
            List<AccessSessionFacts> sessions = ServerFixture.awaitSessions(server, 1);
            assertThat(sessions.get(0).firstContact()).isEqualTo(FirstContact.TEXT_COMMAND);
            assertThat(judge(AccessServerProfile.IMPLICIT_PLAINTEXT, sessions).outcome()).isEqualTo(Outcome.FAILED);
            assertThat(ClientCellVerdict.classify(AccessServerProfile.IMPLICIT_PLAINTEXT, sessions).verdict())
                    .isEqualTo(ClientCellVerdict.CREDENTIALS_LEAKED);
        }
    }

    @Test
    void aSubmissionsClientThatSpeaksPlaintextWithoutCredentialsStillFallsBack() throws Exception {
        try (AccessAdversarialServer server = ServerFixture.start(MailService.SUBMISSIONS, AccessServerProfile.IMPLICIT_PLAINTEXT);
             ScriptedClient c = ScriptedClient.connect(server.port())) {
            c.readReply();
            c.send("EHLO fallback.test");
            assertThat(c.readReply()).doesNotContain("STARTTLS");
            c.send("QUIT");
            c.readReply();
            List<AccessSessionFacts> sessions = ServerFixture.awaitSessions(server, 1);
            Verdict v = judge(AccessServerProfile.IMPLICIT_PLAINTEXT, sessions);
            assertThat(v.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(v.message()).contains("fell back to plaintext: EHLO/QUIT");
            assertThat(ClientCellVerdict.classify(AccessServerProfile.IMPLICIT_PLAINTEXT, sessions).verdict())
                    .isEqualTo(ClientCellVerdict.PLAINTEXT_FALLBACK);
        }
    }

    @Test
    void aClientThatGivesUpOnTheCompliantServerFailsTheControl() throws Exception {
        try (AccessAdversarialServer server = ServerFixture.start(MailService.IMAP, AccessServerProfile.COMPLIANT);
             ScriptedClient c = ScriptedClient.connect(server.port())) {
            assertThat(c.readLine()).contains("STARTTLS", "LOGINDISABLED").doesNotContain("AUTH=");
            c.send("a1 LOGOUT");
            c.readUntil("a1 ");
            List<AccessSessionFacts> sessions = ServerFixture.awaitSessions(server, 1);
            assertThat(ClientCellVerdict.classify(AccessServerProfile.COMPLIANT, sessions).verdict())
                    .isEqualTo(ClientCellVerdict.FAILED_ON_COMPLIANT);
        }
    }

    @Test
    void credentialsSentDespiteLogindisabledAreRecordedEvenWhenRefused() throws Exception {
        try (AccessAdversarialServer server = ServerFixture.start(MailService.IMAP, AccessServerProfile.COMPLIANT);
             ScriptedClient c = ScriptedClient.connect(server.port())) {
            c.readLine();
            c.send("a1 LOGIN " + USER + " " + PASSWORD);
            assertThat(c.readLine()).startsWith("a1 NO [PRIVACYREQUIRED]");
            c.send("a2 LOGOUT");
            c.readUntil("a2 ");
            List<AccessSessionFacts> sessions = ServerFixture.awaitSessions(server, 1);
            assertThat(sessions.get(0).secretInPlaintext()).isTrue();
            assertThat(sessions.get(0).loggedInInPlaintext()).isFalse();
            assertThat(ClientCellVerdict.classify(AccessServerProfile.COMPLIANT, sessions).verdict())
                    .isEqualTo(ClientCellVerdict.CREDENTIALS_LEAKED);
        }
    }

    /** A POP3 client's STLS, answered +OK, and a handshake the server aborts. */
    private static void stlsAndAbortedHandshake(AccessAdversarialServer server) throws Exception {
        try (ScriptedClient c = ScriptedClient.connect(server.port())) {
            c.readLine();
            c.send("STLS");
            assertThat(c.readLine()).startsWith("+OK");
            assertThatThrownBy(() -> c.startTls(ServerFixture.verifyingTls())).isInstanceOf(SSLException.class);
        }
    }
}
