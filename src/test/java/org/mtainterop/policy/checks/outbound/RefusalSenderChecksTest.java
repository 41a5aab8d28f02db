package org.mtainterop.policy.checks.outbound;

import static org.mtainterop.adversary.smtp.AdversarialProfile.EXPIRED_CERT;
import static org.mtainterop.adversary.smtp.AdversarialProfile.HANDSHAKE_ABORT;
import static org.mtainterop.adversary.smtp.AdversarialProfile.NO_STARTTLS;
import static org.mtainterop.adversary.smtp.AdversarialProfile.STARTTLS_454;
import static org.mtainterop.policy.fixture.OutboundFacts.attempt;
import static org.mtainterop.policy.fixture.OutboundFacts.session;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertBroken;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertFailed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertPassed;

import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.Checks;
import org.mtainterop.policy.SenderCheck;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.fixture.DeliveryAttemptFixture;
import org.mtainterop.policy.fixture.OutboundFacts;

/**
 * The "must not go on" sender checks, on hand-written attempts: DOWNGRADE-03 (stripped STARTTLS, 454, aborted
 * handshake) and CERT-06 (expired, self-signed, wrong-host, untrusted-CA chain), a pass and a fail per profile, and
 * the outcomes they share: delivered anyway, the deferral not visible, the message lost.
 */
class RefusalSenderChecksTest {

    private static Verdict judge(SenderCheck check, DeliveryAttemptFixture attempt) {
        return OutboundFacts.judging(check).with(attempt).verdict();
    }

    @Nested
    class NoPlaintextFallback {

        @Test
        void passesWhenTheStrippedStarttlsDefersTheMail() {
            assertPassed(judge(new NoPlaintextFallbackCheck(NO_STARTTLS), attempt(NO_STARTTLS)),
                    "with an MX that does not advertise STARTTLS (a stripping attacker), no MAIL was sent and the message"
                            + " stayed queued (1 message deferred: 4.7.5 TLS required)");
        }

        @Test
        void failsWhenTheSenderGoesOnInPlaintextWithoutStarttls() {
            assertFailed(judge(new NoPlaintextFallbackCheck(NO_STARTTLS), attempt(NO_STARTTLS)
                            .sessions(session(NO_STARTTLS).withoutStarttls().plaintextTransaction("MAIL", "RCPT", "DATA"))),
                    "with an MX that does not advertise STARTTLS", "the sender went on in plaintext (MAIL/RCPT/DATA)",
                    "delivered IN PLAINTEXT");
        }

        @Test
        void passesWhenThe454DefersTheMail() {
            assertPassed(judge(new NoPlaintextFallbackCheck(STARTTLS_454), attempt(STARTTLS_454)),
                    "with an MX that advertises STARTTLS, answers it 454", "no MAIL was sent and the message stayed queued");
        }

        @Test
        void failsWhenTheSenderGoesOnInPlaintextAfterThe454() {
            assertFailed(judge(new NoPlaintextFallbackCheck(STARTTLS_454), attempt(STARTTLS_454)
                            .sessions(session(STARTTLS_454).starttlsRefused().plaintextTransaction("MAIL", "RCPT"))),
                    "answers it 454 (TLS not available), the sender went on in plaintext (MAIL/RCPT)", "still queued");
        }

        @Test
        void passesWhenTheAbortedHandshakeDefersTheMail() {
            assertPassed(judge(new NoPlaintextFallbackCheck(HANDSHAKE_ABORT), attempt(HANDSHAKE_ABORT)),
                    "with an MX that answers STARTTLS 220, reads the ClientHello, aborts every handshake, no MAIL was sent");
        }

        @Test
        void failsWhenTheSenderRetriesInPlaintextAfterTheAbortedHandshake() {
            assertFailed(judge(new NoPlaintextFallbackCheck(HANDSHAKE_ABORT), attempt(HANDSHAKE_ABORT).sessions(
                            session(HANDSHAKE_ABORT).handshakeFailed("Remote host terminated the handshake"),
                            session(HANDSHAKE_ABORT).withoutStarttls().plaintextTransaction("MAIL", "RCPT", "DATA"))),
                    "aborts every handshake, the sender went on in plaintext (MAIL/RCPT/DATA); 2 session(s)");
        }
    }

    @Nested
    class BadCertificateRefused {

        @ParameterizedTest
        @EnumSource(value = AdversarialProfile.class, names = {"EXPIRED_CERT", "SELF_SIGNED", "WRONG_HOST", "UNTRUSTED_CA"})
        void passesWhenTheSenderRefusesTheChainAndDefers(AdversarialProfile bad) {
            assertPassed(judge(new BadCertificateRefusedCheck(bad), attempt(bad)),
                    "with an MX that " + bad.description() + ", no MAIL was sent and the message stayed queued");
        }

        @ParameterizedTest
        @EnumSource(value = AdversarialProfile.class, names = {"EXPIRED_CERT", "SELF_SIGNED", "WRONG_HOST", "UNTRUSTED_CA"})
        void failsWhenTheSenderAcceptsTheChainAndSendsMailInsideTls(AdversarialProfile bad) {
            assertFailed(judge(new BadCertificateRefusedCheck(bad), attempt(bad).sessions(session(bad))),
                    "with an MX that " + bad.description() + ", the sender accepted the chain and sent MAIL/RCPT/DATA"
                            + " inside TLS", "delivered inside TLS");
        }

        @Test
        void failsWhenAfterRefusingTheChainTheSenderRetriesInPlaintext() {
            assertFailed(judge(new BadCertificateRefusedCheck(EXPIRED_CERT), attempt(EXPIRED_CERT).sessions(
                            session(EXPIRED_CERT).handshakeFailed("certificate expired"),
                            session(EXPIRED_CERT).withoutStarttls().plaintextTransaction("MAIL", "RCPT", "DATA"))),
                    "presents an expired leaf, the sender went on in plaintext (MAIL/RCPT/DATA)");
        }

        @Test
        void passesWhenTheSenderCompletesTheHandshakeButSendsNoMail() {
            assertPassed(judge(new BadCertificateRefusedCheck(EXPIRED_CERT), attempt(EXPIRED_CERT)
                            .sessions(session(EXPIRED_CERT).leftInsideTls("QUIT inside TLS"))),
                    "no MAIL was sent and the message stayed queued");
        }

        @Test
        void failsWhenTheChainWasAcceptedWithoutDeliveryToo() {
            assertFailed(judge(new BadCertificateRefusedCheck(EXPIRED_CERT), attempt(EXPIRED_CERT)
                            .sessions(session(EXPIRED_CERT).transactionInsideTls("MAIL"))),
                    "the sender accepted the chain and sent MAIL inside TLS", "still queued");
        }
    }

    /** The checks that share the outcomes below: DOWNGRADE-03 and CERT-06, with each profile they are judged with. */
    static Stream<Named<SenderCheck>> refusalChecks() {
        return Checks.sender().stream()
                .filter(c -> c instanceof NoPlaintextFallbackCheck || c instanceof BadCertificateRefusedCheck)
                .map(c -> Named.of(c.requirementId() + " with " + profile(c).label(), c));
    }

    private static AdversarialProfile profile(SenderCheck check) {
        return check.needs(MailService.SMTP).iterator().next();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusalChecks")
    void failsWhenTheMessageArrivedThoughNoSessionShowsIt(SenderCheck check) {
        assertFailed(judge(check, attempt(profile(check)).deliveredUnseen()),
                "with an MX that " + profile(check).description() + ", the message was delivered");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusalChecks")
    void passesOnWhatWasSeenWhenTheQueueIsNotVisible(SenderCheck check) {
        assertPassed(judge(check, attempt(profile(check)).queueNotVisible()),
                "no MAIL was sent (the sender's queue was not visible, so the deferral itself was not seen)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusalChecks")
    void isBrokenWhenTheMessageWasNeitherDeliveredNorKept(SenderCheck check) {
        assertBroken(judge(check, attempt(profile(check)).noLongerQueued()),
                "the message was neither delivered nor kept in the queue (no longer in the queue, not delivered)");
    }
}
