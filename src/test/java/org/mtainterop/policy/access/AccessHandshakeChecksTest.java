package org.mtainterop.policy.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtainterop.net.MailService.IMAP;
import static org.mtainterop.net.MailService.IMAPS;
import static org.mtainterop.net.MailService.POP3;
import static org.mtainterop.net.MailService.SUBMISSIONS;
import static org.mtainterop.observation.Observations.HANDSHAKE_TLS12_ONLY;
import static org.mtainterop.observation.Observations.TLS_DIALOGUE;
import static org.mtainterop.policy.fixture.InboundFacts.dialogue;
import static org.mtainterop.policy.fixture.InboundFacts.tls12Only;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertBroken;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertFailed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertPassed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertSkipped;

import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mtainterop.net.ConnectionProblem;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.checks.ModernHandshakeCheck;
import org.mtainterop.policy.checks.Tls12SupportedCheck;
import org.mtainterop.policy.checks.Tls13PreferredCheck;
import org.mtainterop.policy.fixture.InboundFacts;
import org.mtainterop.policy.fixture.OfferedHandshakeFixture;
import org.mtainterop.policy.fixture.TlsDialogueFixture;

/** STARTTLS-08, TLS-VER-03 and TLS-VER-04 on submission, IMAP and POP3, STARTTLS or implicit TLS. */
class AccessHandshakeChecksTest {
    private static final String GCM12 = "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256";

    @Nested
    class ModernHandshake {
        private final InboundCheck check = new ModernHandshakeCheck();

        private Verdict judge(MailService service, TlsDialogueFixture dialogue) {
            return InboundFacts.on(service).with(TLS_DIALOGUE, dialogue).judgedBy(check);
        }

        @Test
        void needsTheDialogueOnly() {
            assertThat(check.needs(IMAP)).containsExactlyInAnyOrder(TLS_DIALOGUE);
            assertThat(check.needs(IMAPS)).containsExactlyInAnyOrder(TLS_DIALOGUE);
        }

        @Test
        void passesAndNamesTheNegotiatedParameters() {
            assertPassed(judge(IMAP, dialogue(IMAP).negotiated("TLSv1.2", GCM12)), "handshake completed: TLSv1.2 " + GCM12);
            assertPassed(judge(IMAPS, dialogue(IMAPS)), "handshake completed: TLSv1.3 TLS_AES_256_GCM_SHA384");
        }

        @Test
        void failsWhenTheAdvertisedTlsCommandIsRefused() {
            assertFailed(judge(POP3, dialogue(POP3).tlsCommandRefused("-ERR command not permitted")),
                    "STLS is advertised but was answered -ERR command not permitted");
        }

        @Test
        void failsWhenTheHandshakeFails() {
            assertFailed(judge(IMAP, dialogue(IMAP).handshakeFailed("Received fatal alert: handshake_failure")),
                    "a TLS 1.2/1.3 handshake with default suites failed: Received fatal alert: handshake_failure");
            assertFailed(judge(IMAPS, dialogue(IMAPS).handshakeFailed("Unsupported or unrecognized SSL message")),
                    "handshake with default suites failed: Unsupported or unrecognized SSL message");
        }

        @Test
        void isSkippedWhenTheTlsCommandIsNotAdvertised() {
            assertSkipped(judge(POP3, dialogue(POP3).announcing("TOP", "UIDL")), "the server does not advertise STLS");
        }

        @Test
        void couldNotTestAServerThatDoesNotGreet() {
            assertBroken(judge(IMAP, dialogue(IMAP).unreachable("connection refused or unreachable (x)")),
                    "connection refused or unreachable");
        }

        @Test
        void couldNotTestWhenTheCapabilitiesAreNotAnswered() {
            assertBroken(judge(IMAP, dialogue(IMAP).capabilitiesRefused(Optional.of("timed out during CAPABILITY"))),
                    "timed out during CAPABILITY");
            assertSkipped(judge(IMAP, dialogue(IMAP).capabilitiesRefused(Optional.empty())),
                    "the server does not advertise STARTTLS");
        }

        @Test
        void couldNotTestWhenTheTlsCommandIsNotAnswered() {
            assertBroken(judge(IMAP, dialogue(IMAP).tlsCommandNotAnswered("timed out during STARTTLS")),
                    "timed out during STARTTLS");
        }

        @Test
        void couldNotTestWhenNoHandshakeRuns() {
            assertBroken(judge(IMAP, dialogue(IMAP).handshakeNotRun("connection lost during STARTTLS")),
                    "connection lost during STARTTLS");
            assertBroken(judge(IMAPS, dialogue(IMAPS).unreachable("connection refused or unreachable (x)")),
                    "connection refused or unreachable");
        }
    }

    @Nested
    class Tls12Supported {
        private final InboundCheck check = new Tls12SupportedCheck();

        private Verdict judge(MailService service, OfferedHandshakeFixture tls12) {
            return InboundFacts.on(service).with(HANDSHAKE_TLS12_ONLY, tls12).judgedBy(check);
        }

        @Test
        void needsTheDialogueBesideTheTls12HandshakeOnImplicitTlsOnly() {
            assertThat(check.needs(IMAP)).containsExactlyInAnyOrder(HANDSHAKE_TLS12_ONLY);
            assertThat(check.needs(IMAPS)).containsExactlyInAnyOrder(HANDSHAKE_TLS12_ONLY, TLS_DIALOGUE);
        }

        @Test
        void passesAndNamesServiceAndSuite() {
            assertPassed(judge(IMAP, tls12Only(IMAP).negotiated("TLSv1.2", GCM12)),
                    "IMAP on 143 accepted a TLS 1.2-only hello: " + GCM12);
            assertPassed(judge(SUBMISSIONS, tls12Only(SUBMISSIONS).negotiated("TLSv1.2", GCM12)),
                    "Submissions on 465 accepted a TLS 1.2-only hello");
        }

        @Test
        void failsWhenTheTls12HelloIsRefused() {
            assertFailed(judge(POP3, tls12Only(POP3).handshakeFailed("Received fatal alert: protocol_version")),
                    "POP3 on 110 refused a TLS 1.2-only hello: Received fatal alert: protocol_version");
        }

        @Test
        void failsOnAnImplicitTlsPortWhereTheModernHandshakeWorks() {
            assertFailed(judge(IMAPS, tls12Only(IMAPS).handshakeFailed("Received fatal alert: protocol_version")),
                    "IMAPS on 993 refused a TLS 1.2-only hello");
        }

        @Test
        void isSkippedOnAnImplicitTlsPortWhereNoHandshakeCompletes() {
            Verdict v = InboundFacts.on(IMAPS).with(TLS_DIALOGUE, dialogue(IMAPS).handshakeFailed("alert"))
                    .with(HANDSHAKE_TLS12_ONLY, tls12Only(IMAPS).handshakeFailed("Unsupported or unrecognized SSL message"))
                    .judgedBy(check);
            assertSkipped(v, "no handshake completes on this implicit-TLS port (see ACCESS-01): Unsupported or unrecognized");
        }

        @Test
        void isSkippedWhenTheTlsCommandIsNotAdvertised() {
            assertSkipped(judge(IMAP, tls12Only(IMAP).withoutTlsCommand()), "needs TLS, but the server does not advertise STARTTLS");
            assertSkipped(judge(POP3, tls12Only(POP3).withoutTlsCommand()), "needs TLS, but the server does not advertise STLS");
        }

        @Test
        void isSkippedWhenTheTlsCommandIsRefused() {
            assertSkipped(judge(IMAP, tls12Only(IMAP).tlsCommandRefused("a NO [UNAVAILABLE] try later")),
                    "needs TLS, but STARTTLS was answered a NO [UNAVAILABLE] try later");
        }

        @Test
        void couldNotTestWhenTlsIsNotReachedForNoKnownReason() {
            assertBroken(judge(IMAP, tls12Only(IMAP).handshakeNotRun()), "TLS was not reached");
        }

        @Test
        void couldNotTestWhenTheSessionFails() {
            assertBroken(judge(IMAP, tls12Only(IMAP).brokeOff(ConnectionProblem.Kind.TIMEOUT, "timed out during STARTTLS")),
                    "timed out during STARTTLS");
        }
    }

    @Nested
    class Tls13Preferred {
        private final InboundCheck check = new Tls13PreferredCheck();

        @Test
        void needsTheDialogueOnly() {
            assertThat(check.needs(IMAP)).containsExactlyInAnyOrder(TLS_DIALOGUE);
        }

        @Test
        void passesWhenTls13IsChosen() {
            assertPassed(InboundFacts.on(IMAP).judgedBy(check), "offered TLS 1.3 and 1.2, IMAP on 143 chose TLS 1.3");
        }

        @Test
        void failsWhenTls12IsChosen() {
            Verdict v = InboundFacts.on(POP3).with(TLS_DIALOGUE, dialogue(POP3).negotiated("TLSv1.2", GCM12))
                    .judgedBy(check);
            assertFailed(v, "offered TLS 1.3 and 1.2, POP3 on 110 chose TLSv1.2");
        }
    }
}
