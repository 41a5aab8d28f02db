package org.mtainterop.policy.clients;

import static org.mtainterop.adversary.access.AccessServerProfile.EXPIRED_CERT;
import static org.mtainterop.adversary.access.AccessServerProfile.HANDSHAKE_ABORT;
import static org.mtainterop.adversary.access.AccessServerProfile.NO_STARTTLS;
import static org.mtainterop.adversary.access.AccessServerProfile.STARTTLS_ERROR;
import static org.mtainterop.net.MailService.POP3;
import static org.mtainterop.net.MailService.SUBMISSION;
import static org.mtainterop.policy.fixture.ClientFacts.compliant;
import static org.mtainterop.policy.fixture.ClientFacts.credential;
import static org.mtainterop.policy.fixture.ClientFacts.session;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertBroken;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertFailed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertPassed;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtainterop.adversary.access.AccessServerProfile;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.fixture.AccessSessionFactsFixture;

/**
 * The client checks about credentials, on hand-written sessions: CLIENT-01 (TLS refused) and CLIENT-02 (bad
 * certificate), a pass and a fail with each profile they are judged with.
 */
class ClientCredentialChecksOnFactsTest {

    private static Verdict judge(ClientCheck check, AccessServerProfile profile, AccessSessionFactsFixture... sessions) {
        return check.judge(profile, Stream.of(sessions).map(AccessSessionFactsFixture::build).toList());
    }

    @Nested
    class NoPlaintextAfterTlsRefused {
        private final ClientCheck check = new NoPlaintextAfterTlsRefusedCheck();

        @ParameterizedTest
        @EnumSource(value = AccessServerProfile.class, names = {"NO_STARTTLS", "STARTTLS_ERROR", "HANDSHAKE_ABORT"})
        void passesWhenTheClientGivesUpWithoutSendingAnything(AccessServerProfile profile) {
            assertPassed(judge(check, profile, compliant(profile)), "server profile " + profile.label()
                    + ": the client sent no credential and no mail in plaintext", "1 session(s); first: imap 192.0.2.30");
        }

        @ParameterizedTest
        @EnumSource(value = AccessServerProfile.class, names = {"NO_STARTTLS", "STARTTLS_ERROR", "HANDSHAKE_ABORT"})
        void failsWhenTheClientLogsInInPlaintext(AccessServerProfile profile) {
            assertFailed(judge(check, profile, compliant(profile),
                            compliant(profile).credentialInPlaintext(credential("IMAP LOGIN"))),
                    "server profile " + profile.label() + ": the client sent IMAP LOGIN IN PLAINTEXT");
        }

        @Test
        void saysTheClientAskedForStarttlsAndGaveUp() {
            assertPassed(judge(check, STARTTLS_ERROR, compliant(STARTTLS_ERROR)), "(it asked for STARTTLS and gave up)");
        }

        @Test
        void failsOnAUserNameAlone() {
            assertFailed(judge(check, NO_STARTTLS, session(POP3, NO_STARTTLS).withoutStarttls()
                            .credentialInPlaintext(credential("POP3 USER").userNameOnly())),
                    "the client sent POP3 USER (user name only) IN PLAINTEXT");
        }

        @Test
        void failsWhenMailIsSubmittedInPlaintext() {
            assertFailed(judge(check, HANDSHAKE_ABORT, compliant(HANDSHAKE_ABORT),
                            session(SUBMISSION, HANDSHAKE_ABORT).withoutStarttls().mailInPlaintext("MAIL", "RCPT", "DATA")),
                    "the client sent mail verbs MAIL/RCPT/DATA in plaintext");
        }

        @Test
        void namesCredentialsAndMailTogether() {
            assertFailed(judge(check, NO_STARTTLS, session(SUBMISSION, NO_STARTTLS).withoutStarttls()
                            .credentialInPlaintext(credential("AUTH PLAIN")).mailInPlaintext("MAIL", "RCPT", "DATA")),
                    "the client sent AUTH PLAIN IN PLAINTEXT; mail verbs MAIL/RCPT/DATA in plaintext");
        }
    }

    @Nested
    class BadCertificateRejected {
        private final ClientCheck check = new BadCertificateRejectedCheck();

        private static String named(AccessServerProfile bad) {
            return bad.certificate().name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        @ParameterizedTest
        @EnumSource(value = AccessServerProfile.class, names = {"EXPIRED_CERT", "WRONG_HOST", "SELF_SIGNED", "UNTRUSTED_CA"})
        void passesWhenTheClientRefusesTheCertificate(AccessServerProfile bad) {
            assertPassed(judge(check, bad, compliant(bad)),
                    "the client refused the " + named(bad) + " certificate: PKIX path validation failed");
        }

        @ParameterizedTest
        @EnumSource(value = AccessServerProfile.class, names = {"EXPIRED_CERT", "WRONG_HOST", "SELF_SIGNED", "UNTRUSTED_CA"})
        void failsWhenTheClientSendsCredentialsInsideTls(AccessServerProfile bad) {
            assertFailed(judge(check, bad, session(bad)),
                    "the client accepted the " + named(bad) + " certificate and sent credentials inside TLS",
                    "credentials: IMAP LOGIN inside TLS");
        }

        @Test
        void failsWhenTheClientGoesOnInsideTlsWithoutCredentials() {
            assertFailed(judge(check, EXPIRED_CERT,
                            session(EXPIRED_CERT).insideTlsOnly("CAPABILITY", "CAPABILITY", "LOGOUT")),
                    "the client accepted the expired certificate and went on inside TLS with CAPABILITY/LOGOUT");
        }

        @Test
        void failsWhenAfterRefusingTheCertificateTheClientRetriesInPlaintext() {
            assertFailed(judge(check, EXPIRED_CERT, compliant(EXPIRED_CERT),
                            session(EXPIRED_CERT).withoutStarttls().credentialInPlaintext(credential("IMAP LOGIN"))),
                    "the client sent IMAP LOGIN IN PLAINTEXT with the server that presents the expired certificate");
        }

        @Test
        void passesWhenTheClientCompletesTheHandshakeButSendsNothing() {
            assertPassed(judge(check, EXPIRED_CERT, session(EXPIRED_CERT).insideTlsOnly()),
                    "the client completed the handshake with the expired certificate but sent nothing inside TLS and left"
                            + " (closed inside TLS without a command)");
        }

        @Test
        void isBrokenWhenTheClientNeverStartsTls() {
            assertBroken(judge(check, EXPIRED_CERT, session(EXPIRED_CERT).withoutStarttls()),
                    "the client never started TLS, so the expired certificate was never shown (1 session(s)");
        }
    }
}
