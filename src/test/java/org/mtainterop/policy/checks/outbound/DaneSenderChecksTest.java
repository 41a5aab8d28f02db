package org.mtainterop.policy.checks.outbound;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtainterop.adversary.smtp.AdversarialProfile.DANE_EE_EXPIRED_WRONG_NAME;
import static org.mtainterop.adversary.smtp.AdversarialProfile.DANE_WRONG_TLSA;
import static org.mtainterop.policy.fixture.OutboundFacts.attempt;
import static org.mtainterop.policy.fixture.OutboundFacts.session;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertBroken;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertFailed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertPassed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertSkipped;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.policy.SenderCheck;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.fixture.DeliveryAttemptFixture;
import org.mtainterop.policy.fixture.OutboundFacts;

/** DANE-05 and DANE-06 on hand-written attempts: a pass and each failure reason. */
class DaneSenderChecksTest {

    private static Verdict judge(SenderCheck check, DeliveryAttemptFixture attempt) {
        return OutboundFacts.judging(check).with(attempt).verdict();
    }

    @Nested
    class MismatchRefused {

        @ParameterizedTest
        @EnumSource(value = AdversarialProfile.class, names = {"DANE_WRONG_TLSA", "DANE_TA_WRONG_NAME", "DANE_TA_NOT_SENT"})
        void passesWhenTheSenderRefusesAndDefers(AdversarialProfile profile) {
            assertPassed(judge(new DaneMismatchRefusedCheck(profile), attempt(profile)),
                    "with an MX that " + profile.description() + ", no MAIL was sent and the message stayed queued");
        }

        @ParameterizedTest
        @EnumSource(value = AdversarialProfile.class, names = {"DANE_WRONG_TLSA", "DANE_TA_WRONG_NAME", "DANE_TA_NOT_SENT"})
        void failsWhenTheSenderDeliversAnyway(AdversarialProfile profile) {
            assertFailed(judge(new DaneMismatchRefusedCheck(profile), attempt(profile).sessions(session(profile))),
                    "accepted a chain its secure TLSA RRset does not authenticate and sent MAIL", "delivered inside TLS");
        }

        @Test
        void failsWhenTheSenderFallsBackToPlaintext() {
            assertFailed(judge(new DaneMismatchRefusedCheck(DANE_WRONG_TLSA), attempt(DANE_WRONG_TLSA).sessions(
                            session(DANE_WRONG_TLSA).handshakeFailed("DANE TLSA authentication failed"),
                            session(DANE_WRONG_TLSA).withoutStarttls().plaintextTransaction("MAIL", "RCPT", "DATA"))),
                    "the sender went on in plaintext (MAIL/RCPT/DATA)");
        }

        @Test
        void failsWhenMailIsSentInsideTlsThoughNothingArrives() {
            assertFailed(judge(new DaneMismatchRefusedCheck(DANE_WRONG_TLSA), attempt(DANE_WRONG_TLSA).sessions(
                            session(DANE_WRONG_TLSA).leftInsideTls("QUIT after RCPT").transactionInsideTls("MAIL", "RCPT"))
                    .queue(org.mtainterop.sender.QueueState.queued("1 message queued"))), "sent MAIL");
        }

        @Test
        void brokenWhenTheSenderNeverConnectedOrTheMessageVanished() {
            assertBroken(judge(new DaneMismatchRefusedCheck(DANE_WRONG_TLSA), attempt(DANE_WRONG_TLSA).neverConnected()),
                    "never connected");
            assertBroken(judge(new DaneMismatchRefusedCheck(DANE_WRONG_TLSA), attempt(DANE_WRONG_TLSA).noLongerQueued()),
                    "neither delivered nor kept in the queue");
        }

        @Test
        void skippedWhenNotObserved() {
            assertSkipped(OutboundFacts.judging(new DaneMismatchRefusedCheck(DANE_WRONG_TLSA))
                    .notObserved(DANE_WRONG_TLSA).verdict(), "not observed");
        }

        @Test
        void isJudgedOnlyWithAMismatchProfile() {
            assertThatThrownBy(() -> new DaneMismatchRefusedCheck(AdversarialProfile.DANE_MATCHING))
                    .hasMessageContaining("not dane-matching");
        }
    }

    @Nested
    class DaneEeMatchDelivered {

        @Test
        void passesWhenDeliveredInsideTls() {
            assertPassed(judge(new DaneEeMatchDeliveredCheck(), attempt(DANE_EE_EXPIRED_WRONG_NAME)),
                    "delivered inside TLS to an MX whose expired, self-signed, wrong-name leaf a secure 3 1 1 record matches");
        }

        @Test
        void failsWhenTheSenderChecksNameOrExpiryAndDefers() {
            assertFailed(judge(new DaneEeMatchDeliveredCheck(), attempt(DANE_EE_EXPIRED_WRONG_NAME).sessions(
                            session(DANE_EE_EXPIRED_WRONG_NAME).handshakeFailed("certificate expired"))),
                    "checked name or expiry", "still queued");
        }

        @Test
        void failsWhenDeliveredInPlaintext() {
            assertFailed(judge(new DaneEeMatchDeliveredCheck(), attempt(DANE_EE_EXPIRED_WRONG_NAME).sessions(
                            session(DANE_EE_EXPIRED_WRONG_NAME).withoutStarttls().plaintextTransaction("MAIL", "RCPT", "DATA"))),
                    "plaintext");
        }
    }
}
