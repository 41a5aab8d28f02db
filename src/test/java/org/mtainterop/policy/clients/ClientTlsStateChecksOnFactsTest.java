package org.mtainterop.policy.clients;

import static org.mtainterop.adversary.access.AccessServerProfile.IMPLICIT_PLAINTEXT;
import static org.mtainterop.adversary.access.AccessServerProfile.RESPONSE_INJECTION;
import static org.mtainterop.adversary.access.AccessServerProfile.TAMPERED_CAPABILITIES;
import static org.mtainterop.net.MailService.IMAPS;
import static org.mtainterop.net.MailService.SUBMISSIONS;
import static org.mtainterop.policy.fixture.ClientFacts.credential;
import static org.mtainterop.policy.fixture.ClientFacts.session;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertBroken;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertFailed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertPassed;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mtainterop.adversary.access.AccessServerProfile;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.fixture.AccessSessionFactsFixture;
import org.mtainterop.policy.fixture.ClientFacts;

/**
 * The client checks about what is trusted around the handshake, on hand-written sessions: CLIENT-03 (injected
 * responses), CLIENT-04 (capabilities re-read inside TLS), CLIENT-05 (no fallback from implicit TLS).
 */
class ClientTlsStateChecksOnFactsTest {

    private static Verdict judge(ClientCheck check, AccessServerProfile profile, AccessSessionFactsFixture... sessions) {
        return check.judge(profile, Stream.of(sessions).map(AccessSessionFactsFixture::build).toList());
    }

    @Nested
    class InjectedResponsesIgnored {
        private final ClientCheck check = new InjectedResponsesIgnoredCheck();

        private Verdict judge(AccessSessionFactsFixture... sessions) {
            return ClientTlsStateChecksOnFactsTest.judge(check, RESPONSE_INJECTION, sessions);
        }

        @Test
        void passesWhenInsideTlsTheClientWaitsForEachAnswer() {
            assertPassed(judge(session(RESPONSE_INJECTION)), "the injected lines were ignored: inside TLS the client"
                    + " waited for each answer and used nothing they announced (TLSv1.3)");
        }

        @Test
        void passesWhenTheInjectedBytesAreHandedToTlsAndTheHandshakeFails() {
            assertPassed(judge(session(RESPONSE_INJECTION).injectedBytesFedToTls("unexpected_message")),
                    "handed the injected bytes to its TLS layer and the handshake failed (unexpected_message)");
        }

        @Test
        void passesWhenTheClientSendsNothingAfterTheTaintedSegment() {
            assertPassed(judge(session(RESPONSE_INJECTION).nothingAfterStarttls()),
                    "the client sent nothing after the segment carrying the STARTTLS answer and the forged lines",
                    "(closed after the STARTTLS answer)");
        }

        @Test
        void failsWhenTheClientRunsAheadOfTheRealAnswer() {
            assertFailed(judge(session(RESPONSE_INJECTION).bytesAheadAfterInjection(14)),
                    "the client acted on the injected responses: 14 bytes of its next command arrived before the real"
                            + " answer to its first command inside TLS (imap");
        }

        @Test
        void failsWhenTheClientUsesACapabilityOnlyTheInjectedLinesAnnounced() {
            assertFailed(judge(session(RESPONSE_INJECTION).usedInjectedCapability(AccessServerProfile.INJECTED_CAPABILITY)),
                    "the client acted on the injected responses: it used XMTAINTEROP-INJECTED, which only the injected"
                            + " lines announced (imap");
        }

        @Test
        void namesBothWaysOfActingOnTheInjection() {
            assertFailed(judge(session(RESPONSE_INJECTION).bytesAheadAfterInjection(9).usedInjectedCapability("AUTH=PLAIN")),
                    "9 bytes of its next command arrived", "; it used AUTH=PLAIN, which only the injected lines announced");
        }

        @Test
        void isBrokenWhenTheClientNeverIssuesStarttls() {
            assertBroken(judge(session(RESPONSE_INJECTION).withoutStarttls()),
                    "the client never issued STARTTLS, so no response could be injected (1 session(s)");
        }

        @Test
        void isBrokenWhenNoTlsSessionFollowsTheStarttlsAnswer() {
            assertBroken(judge(session(RESPONSE_INJECTION).noClientHello("connection reset")),
                    "no TLS session followed the STARTTLS answer (connection reset)");
        }
    }

    @Nested
    class CapabilitiesReread {
        private final ClientCheck check = new CapabilitiesRereadCheck();

        private Verdict judge(AccessSessionFactsFixture... sessions) {
            return ClientTlsStateChecksOnFactsTest.judge(check, TAMPERED_CAPABILITIES, sessions);
        }

        @Test
        void passesWhenTheClientAsksAgainAndUsesNothingFromBefore() {
            assertPassed(judge(session(TAMPERED_CAPABILITIES)), "the client asked for capabilities again inside TLS and"
                    + " used nothing only the pre-TLS list offered (inside TLS: CAPABILITY/LOGIN/SELECT/FETCH/LOGOUT)");
        }

        @Test
        void failsWhenTheClientUsesAPreTlsOnlyCapability() {
            assertFailed(judge(session(TAMPERED_CAPABILITIES).usedPreTlsOnlyCapability("AUTH=LOGIN")),
                    "inside TLS the client used AUTH=LOGIN, which only the capabilities before TLS offered");
        }

        @Test
        void failsWhenTheClientDoesNotAskForCapabilitiesAgain() {
            assertFailed(judge(session(TAMPERED_CAPABILITIES).capabilitiesNotReread()),
                    "the client did not ask for capabilities again inside TLS (its first command there was LOGIN)");
        }

        @Test
        void isBrokenWhenNothingIsSentInsideTls() {
            assertBroken(judge(session(TAMPERED_CAPABILITIES).insideTlsOnly()),
                    "no command was sent inside TLS, so what it kept from before TLS could not be seen");
        }

        @Test
        void isBrokenWhenTheClientNeverIssuesStarttls() {
            assertBroken(judge(session(TAMPERED_CAPABILITIES).withoutStarttls()),
                    "the client never issued STARTTLS, so what it kept from before TLS could not be seen");
        }
    }

    @Nested
    class NoImplicitTlsFallback {
        private final ClientCheck check = new NoImplicitTlsFallbackCheck();

        private Verdict judge(AccessSessionFactsFixture... sessions) {
            return ClientTlsStateChecksOnFactsTest.judge(check, IMPLICIT_PLAINTEXT, sessions);
        }

        private AccessSessionFactsFixture onImaps() {
            return session(IMAPS, IMPLICIT_PLAINTEXT);
        }

        @Test
        void passesWhenTheClientStartsTlsAtOnce() {
            assertPassed(judge(ClientFacts.compliant(IMPLICIT_PLAINTEXT)), "the client started TLS at once and spoke no"
                    + " plaintext (ClientHello offering TLSv1.3, TLSv1.2, SNI mx.example.test)");
        }

        @Test
        void passesWhenTheClientHelloCouldNotBeParsed() {
            Verdict v = judge(onImaps().clientHelloFirst(Optional.empty()));
            assertPassed(v, "the client started TLS at once and spoke no plaintext");
            org.assertj.core.api.Assertions.assertThat(v.message()).doesNotContain("ClientHello offering");
        }

        @Test
        void passesWhenTheClientSendsNothing() {
            assertPassed(judge(onImaps().silent()),
                    "the client sent nothing in plaintext on the implicit-TLS port (closed without a byte)");
        }

        @Test
        void failsWhenTheClientLogsInOnThePlaintextGreeting() {
            assertFailed(judge(onImaps().plaintextCommands("CAPABILITY").credentialInPlaintext(credential("IMAP LOGIN"))),
                    "on the implicit-TLS port the client read the plaintext greeting and sent IMAP LOGIN IN PLAINTEXT");
        }

        @Test
        void failsWhenTheClientSubmitsMailOnThePlaintextGreeting() {
            assertFailed(judge(session(SUBMISSIONS, IMPLICIT_PLAINTEXT).plaintextCommands("EHLO")
                            .mailInPlaintext("MAIL", "RCPT", "DATA")),
                    "read the plaintext greeting and sent mail verbs MAIL/RCPT/DATA in plaintext");
        }

        @Test
        void failsWhenTheClientFallsBackToStarttls() {
            assertFailed(judge(onImaps().plaintextCommands("CAPABILITY", "STARTTLS", "CAPABILITY")),
                    "on the implicit-TLS port the client fell back to plaintext: CAPABILITY/STARTTLS (no credential sent;");
        }
    }
}
