package org.mtainterop.policy.checks.outbound;

import static org.mtainterop.adversary.smtp.AdversarialProfile.COMPLIANT;
import static org.mtainterop.policy.fixture.OutboundFacts.attempt;
import static org.mtainterop.policy.fixture.OutboundFacts.hello;
import static org.mtainterop.policy.fixture.OutboundFacts.session;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertBroken;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertFailed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertPassed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertSkipped;
import static org.mtainterop.tls.raw.ProtocolVersion.TLS_1_0;
import static org.mtainterop.tls.raw.ProtocolVersion.TLS_1_2;
import static org.mtainterop.tls.raw.ProtocolVersion.TLS_1_3;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mtainterop.policy.SenderCheck;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.fixture.ClientHelloFixture;
import org.mtainterop.policy.fixture.OutboundFacts;

/** What the sender's ClientHello offers besides versions, on hand-written hellos: TLS-CS-01, TLS-KX-01, TLS-EXT-02, -03. */
class ClientHelloOfferSenderChecksTest {

    private static Verdict judge(SenderCheck check, ClientHelloFixture hello) {
        return OutboundFacts.judging(check).with(attempt(COMPLIANT).sessions(session(COMPLIANT).hello(hello))).verdict();
    }

    private static Verdict withoutTls(SenderCheck check) {
        return OutboundFacts.judging(check).with(attempt(COMPLIANT).sessions(session(COMPLIANT).withoutStarttls()))
                .verdict();
    }

    @Nested
    class WeakSuites {
        private final SenderCheck check = new SenderNoWeakSuitesCheck();

        @Test
        void passesOnModernSuites() {
            assertPassed(judge(check, hello()), "none of the 4 suites the ClientHello offers is NULL");
        }

        @Test
        void ignoresGreaseAndTheRenegotiationScsv() {
            assertPassed(judge(check, hello().suites(0x2A2A, 0x1301, 0x00FF)), "none of the 1 suites");
        }

        @Test
        void failsOn3desRc4AndNullSuites() {
            assertFailed(judge(check, hello().suites(0x1301, 0x000A, 0x0005, 0x0002)),
                    "offers 3 weak suite(s) of 4", "DES-CBC3-SHA", "RC4-SHA", "NULL-SHA");
        }

        @Test
        void failsOnAnAnonymousSuite() {
            assertFailed(judge(check, hello().suites(0xC02C, 0x00A6)), "1 weak suite(s)", "ADH");
        }

        @Test
        void isBrokenWhenNoSuiteIsOffered() {
            assertBroken(judge(check, hello().suites(0x0A0A)), "offers no cipher suite");
        }

        @Test
        void isSkippedWithoutTls() {
            assertSkipped(withoutTls(check), "no ClientHello: the sender did not start TLS");
        }
    }

    @Nested
    class Groups {
        private final SenderCheck check = new SenderAllowedGroupsCheck();

        @Test
        void passesOnX25519AndTheNistCurvesAndFfdhe() {
            assertPassed(judge(check, hello().groups(0x3A3A, 29, 23, 24, 25, 30, 256, 257)),
                    "x25519, secp256r1, secp384r1, secp521r1, x448, ffdhe2048, ffdhe3072, all allowed");
        }

        @Test
        void failsOnSmallCurves() {
            assertFailed(judge(check, hello().groups(29, 19, 21)), "secp192r1 (192 bits)", "secp224r1 (224 bits)");
        }

        @Test
        void failsOnACurveOutsideTheList() {
            assertFailed(judge(check, hello().groups(29, 22)), "secp256k1");
        }

        @Test
        void isSkippedWithoutSupportedGroups() {
            assertSkipped(judge(check, hello().groups()), "names no group");
        }
    }

    @Nested
    class ExtendedMasterSecret {
        private final SenderCheck check = new SenderExtendedMasterSecretCheck();

        @Test
        void passesWhenOfferedBesideTls12() {
            assertPassed(judge(check, hello()), "offers TLS 1.2 with extended_master_secret");
        }

        @Test
        void failsWhenTls12IsOfferedWithoutIt() {
            assertFailed(judge(check, hello().withoutExtendedMasterSecret()), "TLS 1.2 without extended_master_secret");
        }

        @Test
        void failsOnAnOldHelloWithoutIt() {
            assertFailed(judge(check, hello().withoutSupportedVersions(TLS_1_2).withoutExtendedMasterSecret()),
                    "without extended_master_secret");
        }

        @Test
        void doesNotApplyToATls13OnlyHello() {
            assertSkipped(judge(check, hello().versions(TLS_1_3).withoutExtendedMasterSecret()),
                    "does not offer TLS 1.2");
        }

        @Test
        void doesNotApplyToATls10OnlyHello() {
            assertSkipped(judge(check, hello().withoutSupportedVersions(TLS_1_0)), "does not offer TLS 1.2");
        }
    }

    @Nested
    class Compression {
        private final SenderCheck check = new SenderNoCompressionCheck();

        @Test
        void passesOnNullCompressionOnly() {
            assertPassed(judge(check, hello()), "null compression method only");
        }

        @Test
        void failsWhenDeflateIsOffered() {
            assertFailed(judge(check, hello().compression(1, 0)), "offers compression: DEFLATE (1)");
        }

        @Test
        void isBrokenWithoutAnyMethod() {
            assertBroken(judge(check, hello().compression()), "no compression method at all");
        }

        @Test
        void passesOnAnSslv2FormatHello() {
            assertPassed(judge(check, hello().sslv2Format(TLS_1_0)), "SSLv2-format ClientHello");
        }
    }
}
