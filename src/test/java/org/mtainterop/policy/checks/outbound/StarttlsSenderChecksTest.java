package org.mtainterop.policy.checks.outbound;

import static org.mtainterop.adversary.smtp.AdversarialProfile.COMPLIANT;
import static org.mtainterop.adversary.smtp.AdversarialProfile.FAKE_EXTENSION_BEFORE_TLS;
import static org.mtainterop.adversary.smtp.AdversarialProfile.INJECT_AFTER_220;
import static org.mtainterop.policy.fixture.OutboundFacts.attempt;
import static org.mtainterop.policy.fixture.OutboundFacts.session;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertBroken;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertFailed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertPassed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertSkipped;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mtainterop.policy.SenderCheck;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.fixture.DeliveryAttemptFixture;
import org.mtainterop.policy.fixture.OutboundFacts;
import org.mtainterop.policy.fixture.SessionFactsFixture;

/** The sender's STARTTLS dialogue, on hand-written sessions: STARTTLS-06, STARTTLS-07, DOWNGRADE-02. */
class StarttlsSenderChecksTest {

    @Nested
    class StarttlsUpgrade {
        private final SenderCheck check = new StarttlsUpgradeCheck();

        private Verdict judge(SessionFactsFixture... sessions) {
            return OutboundFacts.judging(check).with(attempt(FAKE_EXTENSION_BEFORE_TLS).sessions(sessions)).verdict();
        }

        @Test
        void passesWhenTheSenderUpgradesAndGreetsAgainInsideTls() {
            assertPassed(judge(session(FAKE_EXTENSION_BEFORE_TLS)
                            .negotiated("TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384")),
                    "STARTTLS issued, EHLO repeated inside TLS, no pre-TLS extension used (TLSv1.2)");
        }

        @Test
        void failsWhenStarttlsIsAdvertisedButNotIssued() {
            assertFailed(judge(session(FAKE_EXTENSION_BEFORE_TLS).withoutStarttls()
                            .plaintextTransaction("MAIL", "RCPT", "DATA")),
                    "STARTTLS was advertised but the sender did not issue it", "plaintext MAIL/RCPT/DATA");
        }

        @Test
        void failsWhenInsideTlsTheSenderUsesAnExtensionOnlyThePreTlsEhloOffered() {
            assertFailed(judge(session(FAKE_EXTENSION_BEFORE_TLS).usedPreTlsExtension("SIZE=1024")),
                    "inside TLS the sender used SIZE=1024, which only the EHLO reply before TLS advertised");
        }

        @Test
        void failsWhenTheSenderStartsATransactionInsideTlsWithoutANewEhlo() {
            assertFailed(judge(session(FAKE_EXTENSION_BEFORE_TLS).withoutEhloInsideTls()),
                    "started a transaction inside TLS without a new EHLO");
        }

        @Test
        void isBrokenWhenTheHandshakeWithAValidChainFails() {
            assertBroken(judge(session(FAKE_EXTENSION_BEFORE_TLS).handshakeFailed("no cipher suites in common")),
                    "the handshake with a valid chain did not complete: no cipher suites in common");
        }

        @Test
        void isBrokenWhenTheSenderSendsNothingInsideTls() {
            assertBroken(judge(session(FAKE_EXTENSION_BEFORE_TLS).leftInsideTls("closed by the client")),
                    "the sender sent nothing inside TLS (closed by the client)");
        }

        @Test
        void judgesTheFirstSessionOnly() {
            assertFailed(judge(session(FAKE_EXTENSION_BEFORE_TLS).withoutStarttls(), session(FAKE_EXTENSION_BEFORE_TLS)),
                    "did not issue it");
        }
    }

    @Nested
    class NothingBeforeStarttlsReady {
        private final SenderCheck check = new NothingBeforeStarttlsReadyCheck();

        private Verdict judge(DeliveryAttemptFixture compliant) {
            return OutboundFacts.judging(check).with(compliant).verdict();
        }

        @Test
        void passesWhenTheSenderWaitsForThe220() {
            assertPassed(judge(attempt(COMPLIANT).sessions(session(COMPLIANT), session(COMPLIANT))),
                    "the sender waited for the 220 after STARTTLS (2 session(s), PIPELINING advertised)");
        }

        @Test
        void failsWhenTheSenderPipelinesBehindStarttls() {
            assertFailed(judge(attempt(COMPLIANT).sessions(session(COMPLIANT),
                            session(COMPLIANT).sentBeforeStarttlsReady("12 bytes: \"EHLO sender\\r\\n\""))),
                    "after STARTTLS and before the 220 the sender sent 12 bytes: \"EHLO sender\\r\\n\"");
        }

        @Test
        void isSkippedWhenTheSenderNeverIssuesStarttls() {
            assertSkipped(judge(attempt(COMPLIANT)
                            .sessions(session(COMPLIANT).withoutStarttls().plaintextTransaction("MAIL", "RCPT", "DATA"))),
                    "the sender never issued STARTTLS, so nothing could follow it");
        }
    }

    @Nested
    class InjectedReplyIgnored {
        private final SenderCheck check = new InjectedReplyIgnoredCheck();

        private Verdict judge(SessionFactsFixture... sessions) {
            return OutboundFacts.judging(check).with(attempt(INJECT_AFTER_220).sessions(sessions)).verdict();
        }

        @Test
        void passesWhenTheSessionInsideTlsStaysInStep() {
            assertPassed(judge(session(INJECT_AFTER_220)),
                    "the injected lines were ignored: the session inside TLS stayed in step");
        }

        @Test
        void passesWhenTheInjectedBytesBreakTheHandshakeAndNoTlsSessionFollows() {
            assertPassed(judge(session(INJECT_AFTER_220).noClientHello("not a TLS record: 0x32 (\"250 \")")),
                    "the injected lines were not taken as SMTP replies: the sender started no TLS session after them",
                    "not a TLS record: 0x32");
        }

        @Test
        void passesOnTheHandshakeFailureWhenAClientHelloWasRead() {
            assertPassed(judge(session(INJECT_AFTER_220).handshakeFailed("unexpected_message alert")),
                    "started no TLS session after them (unexpected_message alert)");
        }

        @Test
        void failsWhenTheSenderRunsAheadOfTheRealEhloReply() {
            assertFailed(judge(session(INJECT_AFTER_220).commandsAheadOfEhloReply(38)),
                    "the sender acted on the injected reply: 38 bytes of commands arrived behind its EHLO inside TLS");
        }

        @Test
        void failsWhenAnyUpgradedSessionRanAhead() {
            assertFailed(judge(session(INJECT_AFTER_220).handshakeFailed("unexpected_message alert"),
                    session(INJECT_AFTER_220).commandsAheadOfEhloReply(6)), "acted on the injected reply: 6 bytes");
        }

        @Test
        void isBrokenWhenTheSenderNeverIssuesStarttls() {
            assertBroken(judge(session(INJECT_AFTER_220).withoutStarttls()),
                    "the sender never issued STARTTLS, so no reply could be injected", "1 session(s)");
        }
    }
}
