package org.mtainterop.policy.checks.outbound;

import static org.mtainterop.adversary.smtp.AdversarialProfile.COMPLIANT;
import static org.mtainterop.adversary.smtp.AdversarialProfile.FAIL_FIRST_HANDSHAKE;
import static org.mtainterop.adversary.smtp.AdversarialProfile.TLS10_ONLY;
import static org.mtainterop.policy.fixture.OutboundFacts.attempt;
import static org.mtainterop.policy.fixture.OutboundFacts.hello;
import static org.mtainterop.policy.fixture.OutboundFacts.session;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertBroken;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertFailed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertPassed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertSkipped;
import static org.mtainterop.tls.raw.ProtocolVersion.SSL_3_0;
import static org.mtainterop.tls.raw.ProtocolVersion.TLS_1_0;
import static org.mtainterop.tls.raw.ProtocolVersion.TLS_1_1;
import static org.mtainterop.tls.raw.ProtocolVersion.TLS_1_2;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.policy.SenderCheck;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.fixture.OutboundFacts;
import org.mtainterop.policy.fixture.SessionFactsFixture;

/** What the sender's ClientHello offers, on hand-written hellos: DOWNGRADE-04, CERT-07, TLS-VER-01, TLS-VER-02. */
class ClientHelloSenderChecksTest {

    private static Verdict judge(SenderCheck check, AdversarialProfile profile, SessionFactsFixture... sessions) {
        return OutboundFacts.judging(check).with(attempt(profile).sessions(sessions)).verdict();
    }

    @Nested
    class NoVersionFallback {
        private final SenderCheck check = new NoVersionFallbackCheck();

        private SessionFactsFixture aborted() {
            return session(FAIL_FIRST_HANDSHAKE).handshakeFailed("aborted by the receiver");
        }

        @Test
        void passesWhenTheRetryOffersTheSameVersions() {
            assertPassed(judge(check, FAIL_FIRST_HANDSHAKE, aborted(), session(FAIL_FIRST_HANDSHAKE)),
                    "the retry offered the same versions (up to TLSv1.3, 1 retry hello(s))");
        }

        @Test
        void failsWhenTheRetryOffersAnOlderHighestVersion() {
            assertFailed(judge(check, FAIL_FIRST_HANDSHAKE, aborted(),
                            session(FAIL_FIRST_HANDSHAKE).hello(hello().withoutSupportedVersions(TLS_1_0))),
                    "first ClientHello offered up to TLSv1.3, the retry only up to TLSv1");
        }

        @Test
        void failsWhenTheRetryDropsTls13() {
            assertFailed(judge(check, FAIL_FIRST_HANDSHAKE, aborted(),
                            session(FAIL_FIRST_HANDSHAKE).hello(hello().versions(TLS_1_2))),
                    "offered up to TLSv1.3, the retry only up to TLSv1.2");
        }

        @Test
        void failsWhenTheSenderRetriesWithoutTls() {
            assertFailed(judge(check, FAIL_FIRST_HANDSHAKE, aborted(),
                            session(FAIL_FIRST_HANDSHAKE).withoutStarttls().plaintextTransaction("MAIL", "RCPT", "DATA")),
                    "after the failed TLSv1.3 handshake the sender retried without TLS", "plaintext MAIL/RCPT/DATA");
        }

        @Test
        void isSkippedWhenTheSenderDoesNotRetryWithinTheWindow() {
            assertSkipped(judge(check, FAIL_FIRST_HANDSHAKE, aborted()),
                    "the sender did not retry within 30 s (asked to flush its queue once)");
        }

        @Test
        void isBrokenWithoutAnyClientHello() {
            assertBroken(judge(check, FAIL_FIRST_HANDSHAKE, session(FAIL_FIRST_HANDSHAKE).withoutStarttls()),
                    "no ClientHello was seen (1 session(s)");
        }
    }

    @Nested
    class SniSent {
        private final SenderCheck check = new SniSentCheck();

        @Test
        void passesWhenTheSniNamesTheMxInAnyCase() {
            assertPassed(judge(check, COMPLIANT, session(COMPLIANT).hello(hello().serverName("MX.Example.Test"))),
                    "SNI MX.Example.Test");
        }

        @Test
        void failsWithoutSni() {
            assertFailed(judge(check, COMPLIANT, session(COMPLIANT).hello(hello().withoutServerName())),
                    "the ClientHello carries no SNI (expected mx.example.test)");
        }

        @Test
        void failsWhenTheSniNamesAnotherHost() {
            assertFailed(judge(check, COMPLIANT, session(COMPLIANT).hello(hello().serverName("example.test"))),
                    "SNI example.test, not the MX host name mx.example.test");
        }

        @Test
        void isSkippedWhenTheSenderDidNotStartTls() {
            assertSkipped(judge(check, COMPLIANT, session(COMPLIANT).withoutStarttls()),
                    "no ClientHello: the sender did not start TLS", "EHLO sender.example.test");
        }
    }

    @Nested
    class SenderNoSsl {
        private final SenderCheck check = new SenderNoSslCheck();

        @Test
        void passesWhenOnlyTlsVersionsAreListed() {
            assertPassed(judge(check, COMPLIANT, session(COMPLIANT)), "offered versions: TLSv1.3, TLSv1.2");
        }

        @Test
        void failsOnAnSslv2FormatHello() {
            assertFailed(judge(check, COMPLIANT, session(COMPLIANT).hello(hello().sslv2Format(TLS_1_0))),
                    "the ClientHello offers SSL: SSLv2, SSLv3, TLSv1");
        }

        @Test
        void failsWhenTheLegacyVersionIsSsl3() {
            assertFailed(judge(check, COMPLIANT, session(COMPLIANT).hello(hello().withoutSupportedVersions(SSL_3_0))),
                    "the ClientHello offers SSL: SSLv3");
        }

        @Test
        void failsWhenSupportedVersionsListsSsl3() {
            assertFailed(judge(check, COMPLIANT, session(COMPLIANT).hello(hello().versions(TLS_1_2, SSL_3_0))),
                    "the ClientHello offers SSL: TLSv1.2, SSLv3");
        }

        @Test
        void isBrokenWhenTheLowestVersionCannotBeRead() {
            assertBroken(judge(check, COMPLIANT, session(COMPLIANT).hello(hello().withoutSupportedVersions(TLS_1_2))),
                    "the ClientHello has no supported_versions: its lowest version cannot be read");
        }

        @Test
        void isBrokenWhenSupportedVersionsHoldsOnlyGrease() {
            assertBroken(judge(check, COMPLIANT, session(COMPLIANT).hello(hello().onlyGreaseVersions())),
                    "the ClientHello has no supported_versions");
        }

        @Test
        void isSkippedWhenTheSenderDidNotStartTls() {
            assertSkipped(judge(check, COMPLIANT, session(COMPLIANT).withoutStarttls()),
                    "no ClientHello: the sender did not start TLS");
        }
    }

    @Nested
    class SenderNoLegacyTls {
        private final SenderCheck check = new SenderNoLegacyTlsCheck();

        @Test
        void passesWhenTheSenderAlertsOnATls10ServerHello() {
            assertPassed(judge(check, TLS10_ONLY,
                            session(TLS10_ONLY).answeredTls10ServerHello("alert fatal protocol_version")),
                    "offered TLSv1.3, TLSv1.2; to a TLS 1.0 ServerHello the sender answered alert fatal protocol_version");
        }

        @Test
        void passesWhenTheSenderClosesAndSaysWhatFollowed() {
            assertPassed(judge(check, TLS10_ONLY, session(TLS10_ONLY).answeredTls10ServerHello("closed the connection"),
                            session(TLS10_ONLY).withoutStarttls().plaintextTransaction("MAIL", "RCPT", "DATA")),
                    "the sender answered closed the connection (then: 192.0.2.10 EHLO sender.example.test: plaintext"
                            + " MAIL/RCPT/DATA;");
        }

        @Test
        void failsWhenTheClientHelloListsTls10OrTls11() {
            assertFailed(judge(check, TLS10_ONLY, session(TLS10_ONLY).hello(hello().versions(TLS_1_2, TLS_1_1, TLS_1_0))
                            .answeredTls10ServerHello("alert fatal protocol_version")),
                    "the ClientHello lists TLSv1.2, TLSv1.1, TLSv1");
        }

        @Test
        void failsWhenTheSenderAcceptsTheTls10ServerHello() {
            assertFailed(judge(check, TLS10_ONLY, session(TLS10_ONLY)
                            .answeredTls10ServerHello("accepted TLS 1.0 (waited for the Certificate)")),
                    "the sender accepted TLS 1.0 (waited for the Certificate)");
        }

        @Test
        void failsWhenTheSenderGoesOnWithAnotherRecord() {
            assertFailed(judge(check, TLS10_ONLY, session(TLS10_ONLY)
                            .answeredTls10ServerHello("went on with a record of type 23 (accepted TLS 1.0)")),
                    "the sender went on with a record of type 23");
        }

        @Test
        void isSkippedWhenTheSenderDidNotStartTls() {
            assertSkipped(judge(check, TLS10_ONLY, session(TLS10_ONLY).withoutStarttls()),
                    "the sender did not start TLS with the TLS 1.0 MX (1 session(s)");
        }

        @Test
        void passesWhenTheSendersAlertIsTruncated() {
            assertPassed(judge(check, TLS10_ONLY, session(TLS10_ONLY).answeredTls10ServerHello("truncated alert")),
                    "truncated alert");
        }

        @Test
        void isBrokenWhenTheReactionWasNotRecorded() {
            assertBroken(judge(check, TLS10_ONLY, session(TLS10_ONLY).tls10ReactionNotRecorded()),
                    "no reaction recorded");
        }
    }
}
