package org.mtainterop.policy.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtainterop.net.MailService.SMTP;
import static org.mtainterop.observation.Observations.TLS_DIALOGUE;
import static org.mtainterop.policy.fixture.InboundFacts.dialogue;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertBroken;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertFailed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertPassed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertSkipped;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.fixture.InboundFacts;
import org.mtainterop.policy.fixture.TlsDialogueFixture;

/** The port-25 checks judged from the modern STARTTLS conversation alone (STARTTLS-01, -03, -04, -08, REQTLS-01). */
class StarttlsDialogueChecksTest {

    private static Verdict judge(InboundCheck check, TlsDialogueFixture dialogue) {
        return InboundFacts.on(SMTP).with(TLS_DIALOGUE, dialogue).judgedBy(check);
    }

    @Test
    void eachReadsTheDialogueOnly() {
        for (InboundCheck check : List.of(new StarttlsAdvertisedCheck(), new TlsStateResetCheck(),
                new StarttlsNotReadvertisedCheck(), new ModernHandshakeCheck(), new RequireTlsAfterStarttlsCheck())) {
            assertThat(check.needs(SMTP)).as(check.requirementId()).containsExactlyInAnyOrder(TLS_DIALOGUE);
        }
    }

    @Nested
    class StarttlsAdvertised {
        private final InboundCheck check = new StarttlsAdvertisedCheck();

        @Test
        void passesWhenEhloAdvertisesStarttls() {
            assertPassed(judge(check, dialogue()), "STARTTLS is advertised", "PIPELINING SIZE 8BITMIME STARTTLS");
        }

        @Test
        void failsWhenEhloOmitsStarttlsAndQuotesTheKeywords() {
            assertFailed(judge(check, dialogue().withoutStarttls()),
                    "does not advertise STARTTLS", "(keywords: PIPELINING SIZE 8BITMIME)");
        }

        @Test
        void failsWhenEhloAdvertisesNothingAtAll() {
            assertFailed(judge(check, dialogue().ehloKeywords()), "does not advertise STARTTLS (keywords: none)");
        }

        @Test
        void failsWhenEhloIsRefusedAndQuotesTheReply() {
            assertFailed(judge(check, dialogue().ehloRefused(502, "5.5.2 EHLO not implemented")),
                    "EHLO was refused: 502 5.5.2 EHLO not implemented");
        }

        @Test
        void couldNotTestAnUnreachableServer() {
            assertBroken(judge(check, dialogue().unreachable("connection refused or unreachable (Connection refused)")),
                    "connection refused or unreachable");
        }

        @Test
        void couldNotTestAServerThatTurnsTheSessionAway() {
            assertBroken(judge(check, dialogue().greetingRefused(421, "4.3.2 Too many connections")),
                    "refused the session in its greeting: 421 4.3.2 Too many connections");
        }
    }

    @Nested
    class TlsStateReset {
        private final InboundCheck check = new TlsStateResetCheck();

        @Test
        void passesWhenMailBeforeANewEhloIsRefused() {
            assertPassed(judge(check, dialogue()), "MAIL before a new EHLO was refused inside TLS: 503 5.5.1 EHLO first");
        }

        @Test
        void failsWhenMailBeforeANewEhloIsAccepted() {
            assertFailed(judge(check, dialogue().mailWithoutEhloAnswered(250, "2.1.0 Ok")),
                    "MAIL before a new EHLO was answered 250 2.1.0 Ok inside TLS", "does not require a fresh EHLO");
        }

        @Test
        void isSkippedOnALiveTargetWithoutTransactions() {
            Verdict v = judge(check, dialogue().mailProbeNotAllowed());
            assertSkipped(v, "--allow-transaction");
            assertThat(v.reason()).isEqualTo(TlsStateResetCheck.NOT_ALLOWED);
        }

        @Test
        void couldNotTestWhenMailIsNotAnswered() {
            assertBroken(judge(check, dialogue().mailNotAnswered("timed out during MAIL (Read timed out)")),
                    "timed out during MAIL");
        }
    }

    @Nested
    class StarttlsNotReadvertised {
        private final InboundCheck check = new StarttlsNotReadvertisedCheck();

        @Test
        void passesWhenEhloInsideTlsOmitsStarttls() {
            assertPassed(judge(check, dialogue()), "STARTTLS is not advertised inside TLS", "PIPELINING SIZE 8BITMIME");
        }

        @Test
        void failsWhenStarttlsIsAdvertisedAgainInsideTls() {
            assertFailed(judge(check, dialogue().ehloInsideTls("PIPELINING", "STARTTLS")),
                    "inside TLS advertises STARTTLS again", "(keywords: PIPELINING STARTTLS)");
        }

        @Test
        void failsWhenEhloInsideTlsIsRefused() {
            assertFailed(judge(check, dialogue().ehloInsideTlsRefused(503, "5.5.1 Bad sequence")),
                    "EHLO inside TLS was refused: 503 5.5.1 Bad sequence");
        }

        @Test
        void couldNotTestWhenEhloInsideTlsIsNotAnswered() {
            assertBroken(judge(check, dialogue().ehloInsideTlsNotAnswered("connection closed by the server during EHLO")),
                    "connection closed by the server during EHLO");
        }
    }

    @Nested
    class ModernHandshake {
        private final InboundCheck check = new ModernHandshakeCheck();

        @Test
        void passesAndNamesTheNegotiatedParameters() {
            assertPassed(judge(check, dialogue().negotiated("TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256")),
                    "handshake completed: TLSv1.2 TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");
        }

        @Test
        void failsWhenAdvertisedStarttlsIsRefused() {
            assertFailed(judge(check, dialogue().starttlsAnswered(454, "4.7.0 TLS not available")),
                    "STARTTLS is advertised but was answered 454 4.7.0 TLS not available");
        }

        @Test
        void failsWhenTheHandshakeFails() {
            assertFailed(judge(check, dialogue().handshakeFailed("Received fatal alert: handshake_failure")),
                    "TLS 1.2/1.3 handshake with default suites failed: Received fatal alert: handshake_failure");
        }

        @Test
        void isSkippedWithoutStarttls() {
            assertSkipped(judge(check, dialogue().withoutStarttls()), "does not advertise STARTTLS");
        }

        @Test
        void couldNotTestAnUnreachableServer() {
            assertBroken(judge(check, dialogue().unreachable("unknown host mx.example.test")), "unknown host");
        }

        @Test
        void couldNotTestWhenStarttlsIsNotAnswered() {
            assertBroken(judge(check, dialogue().starttlsNotAnswered("timed out during STARTTLS (Read timed out)")),
                    "timed out during STARTTLS");
        }

        @Test
        void couldNotTestWhenTheSessionBreaksBeforeTheHandshake() {
            assertBroken(judge(check, dialogue().handshakeNotRun("connection lost during STARTTLS (Connection reset)")),
                    "connection lost during STARTTLS");
        }
    }

    @Nested
    class RequireTlsAfterStarttls {
        private final InboundCheck check = new RequireTlsAfterStarttlsCheck();

        @Test
        void passesWhenRequireTlsIsAdvertisedInsideTlsOnly() {
            assertPassed(judge(check, dialogue().ehloInsideTls("PIPELINING", "REQUIRETLS")),
                    "REQUIRETLS is advertised inside TLS only");
        }

        @Test
        void passesAndRecordsWhenRequireTlsIsNotAdvertisedAtAll() {
            assertPassed(judge(check, dialogue()), "REQUIRETLS is not advertised", "support is optional");
        }

        @Test
        void failsWhenRequireTlsIsAdvertisedBeforeStarttls() {
            assertFailed(judge(check, dialogue().ehloKeywords("PIPELINING", "STARTTLS", "REQUIRETLS")),
                    "REQUIRETLS is advertised before STARTTLS");
        }
    }
}
