package org.mtainterop.policy.checks;

import static org.mtainterop.net.MailService.SMTP;
import static org.mtainterop.policy.fixture.InboundFacts.enumeration;
import static org.mtainterop.policy.fixture.TlsEnumerationFixture.finiteFieldGroup;
import static org.mtainterop.policy.fixture.TlsEnumerationFixture.group;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertBroken;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertFailed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertPassed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertSkipped;
import static org.mtainterop.probe.TlsEnumerationFacts.Support.NO;
import static org.mtainterop.probe.TlsEnumerationFacts.Support.YES;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.fixture.TlsEnumerationFixture;

/** TLS-KX-01, TLS-KX-02 and TLS-EXT-01, -02, -03, -06, judged from the raw-hello enumeration. */
class TlsKeyExchangeAndExtensionChecksTest {

    private static Verdict judge(InboundCheck check, TlsEnumerationFixture facts) {
        return TlsEnumerationChecksTest.judge(SMTP, check, facts);
    }

    @Nested
    class AllowedGroups {
        private final InboundCheck check = new AllowedGroupsCheck();

        @Test
        void passesAndListsTheGroupsOfEachVersionProbed() {
            assertPassed(judge(check, enumeration()), "groups SMTP on 25 accepts in TLSv1.3: x25519, secp256r1; "
                    + "in TLSv1.2: none beyond those, all allowed");
        }

        @Test
        void passesAnAllowedGroupTakenInTls12Only() {
            assertPassed(judge(check, enumeration().legacyGroups(group("brainpoolP256r1"))),
                    "in TLSv1.3: x25519, secp256r1; in TLSv1.2: brainpoolP256r1, all allowed");
        }

        @Test
        void passesATls13OnlyServerOnItsTls13Groups() {
            assertPassed(judge(check, enumeration().tls13Only()),
                    "groups SMTP on 25 accepts in TLSv1.3: x25519, secp256r1, all allowed");
        }

        @Test
        void failsAndNamesTheGroupsOffTheListWithTheirSizeAndVersion() {
            assertFailed(judge(check, enumeration().groups(group("x25519"), group("ffdhe2048"))
                            .legacyGroups(group("secp192r1"), group("sect163k1"))),
                    "SMTP on 25 accepts group(s) outside the ANSSI TLS guide v1.2 list: "
                            + "P-192 (secp192r1), 192 bits, accepted in TLSv1.2; K-163 (sect163k1), 163 bits, accepted in TLSv1.2");
        }

        /** The false pass of issue 18: OpenSSL (Postfix's weak-groups profile) takes P-192 in TLS 1.2 only. */
        @Test
        void failsAGroupTakenInTls12OnlyByATls13Server() {
            Verdict v = judge(check, enumeration().groups(group("x25519"), group("secp256r1"), group("secp384r1"))
                    .legacyGroups(group("secp192r1")));
            assertFailed(v, "P-192 (secp192r1), 192 bits, accepted in TLSv1.2");
            Assertions.assertThat(v.message()).doesNotContain("x25519");
        }

        @Test
        void namesTheVersionAGroupWasTakenIn() {
            assertFailed(judge(check, enumeration().groups(group("x25519"), finiteFieldGroup("ffdhe1024", 1024))),
                    "ffdhe1024, 1024 bits, accepted in TLSv1.3");
        }

        @Test
        void couldNotTestWhenNoGroupWasAccepted() {
            assertBroken(judge(check, enumeration().groups()), "SMTP on 25 accepted no group in any one-group hello");
        }
    }

    @Nested
    class DhePrimeSize {
        private final InboundCheck check = new DhePrimeSizeCheck();

        @Test
        void passesWithoutFiniteFieldDhe() {
            assertPassed(judge(check, enumeration()), "SMTP on 25: no finite-field DHE in TLS 1.2 and below",
                    "at least 2048 bits");
        }

        @Test
        void passesALargeEnoughPrime() {
            assertPassed(judge(check, enumeration().dhePrimeBits(3072).groups(group("x25519"), group("ffdhe3072"))),
                    "SMTP on 25: DHE prime of 3072 bits");
        }

        @Test
        void failsASmallPrimeAndStatesTheMinimum() {
            assertFailed(judge(check, enumeration().dhePrimeBits(1024)),
                    "the DHE prime of SMTP on 25 has 1024 bits (minimum 2048)");
        }

        @Test
        void failsASmallFiniteFieldGroup() {
            assertFailed(judge(check, enumeration().groups(group("x25519"), finiteFieldGroup("ffdhe1024", 1024))),
                    "SMTP on 25 accepts finite-field groups under 2048 bits: [ffdhe1024]");
        }
    }

    @Nested
    class SecureRenegotiation {
        private final InboundCheck check = new SecureRenegotiationCheck();

        @Test
        void passesWithRenegotiationInfoAndSaysWhatWasNotTried() {
            assertPassed(judge(check, enumeration()), "carries renegotiation_info (RFC 5746)",
                    "client-initiated renegotiation itself was not tried");
        }

        @Test
        void passesWhenOnlyTls13IsAccepted() {
            assertPassed(judge(check, enumeration().tls13Only()), "only TLS 1.3 is accepted, which has no renegotiation");
        }

        @Test
        void failsWithoutRenegotiationInfo() {
            assertFailed(judge(check, enumeration().secureRenegotiation(NO)),
                    "the ServerHello has no renegotiation_info although the client sent it (RFC 5746)");
        }
    }

    @Nested
    class ExtendedMasterSecret {
        private final InboundCheck check = new ExtendedMasterSecretCheck();

        @Test
        void passesWhenAgreed() {
            assertPassed(judge(check, enumeration()), "the ServerHello agrees to extended_master_secret (RFC 7627)");
        }

        @Test
        void passesWhenOnlyTls13IsAccepted() {
            assertPassed(judge(check, enumeration().tls13Only()), "only TLS 1.3 is accepted, whose key schedule needs no extension");
        }

        @Test
        void failsWhenNotAgreed() {
            assertFailed(judge(check, enumeration().extendedMasterSecret(NO)),
                    "the client offered extended_master_secret; the server did not agree (RFC 7627)");
        }
    }

    @Nested
    class NoCompression {
        private final InboundCheck check = new NoCompressionCheck();

        @Test
        void passesWhenNullCompressionIsChosen() {
            assertPassed(judge(check, enumeration()), "offered DEFLATE and null compression, the server chose null");
        }

        @Test
        void passesWhenOnlyTls13IsAccepted() {
            assertPassed(judge(check, enumeration().tls13Only()), "only TLS 1.3 is accepted, which has no compression");
        }

        @Test
        void failsWhenDeflateIsChosen() {
            assertFailed(judge(check, enumeration().compression(YES)), "the server chose DEFLATE");
        }
    }

    @Nested
    class NoHeartbeat {
        private final InboundCheck check = new NoHeartbeatCheck();

        @Test
        void passesWhenNeitherIsAgreed() {
            assertPassed(judge(check, enumeration()), "offered heartbeat and truncated_hmac, the server agreed to neither");
        }

        @Test
        void failsOnHeartbeat() {
            Verdict v = judge(check, enumeration().heartbeat(YES, NO));
            assertFailed(v, "the server agreed to heartbeat");
            Assertions.assertThat(v.message()).doesNotContain("truncated_hmac");
        }

        @Test
        void failsOnTruncatedHmac() {
            assertFailed(judge(check, enumeration().heartbeat(NO, YES)), "the server agreed to truncated_hmac");
        }

        @Test
        void failsOnBoth() {
            assertFailed(judge(check, enumeration().heartbeat(YES, YES)), "the server agreed to heartbeat and truncated_hmac");
        }

        @Test
        void isSkippedWhenOnlyTls13IsAccepted() {
            assertSkipped(judge(check, enumeration().tls13Only()), "only TLS 1.3 is accepted", "encrypted");
        }
    }
}
