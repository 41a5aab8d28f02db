package org.mtainterop.policy.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtainterop.net.MailService.SMTP;
import static org.mtainterop.observation.Observations.TLS_DIALOGUE;
import static org.mtainterop.policy.fixture.InboundFacts.certificate;
import static org.mtainterop.policy.fixture.InboundFacts.dialogue;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertBroken;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertFailed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertPassed;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.KeyStrengthThresholds;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.fixture.CertificateFixture;
import org.mtainterop.policy.fixture.InboundFacts;

/** CERT-01, -02 and -03 on port 25, judged from the chain the modern dialogue saw. */
class CertificateChecksTest {
    private static final String ANSSI_SOURCE = "ANSSI RGS annexe B1";

    private static Verdict judge(InboundCheck check, CertificateFixture certificate) {
        return InboundFacts.on(SMTP).with(TLS_DIALOGUE, dialogue().certificate(certificate)).judgedBy(check);
    }

    @Test
    void eachReadsTheDialogueOnly() {
        for (InboundCheck check : List.of(new ChainTrustedCheck(), new HostnameMatchesCheck(),
                new KeyStrengthCheck(KeyStrengthThresholds.ANSSI))) {
            assertThat(check.needs(SMTP)).as(check.requirementId()).containsExactlyInAnyOrder(TLS_DIALOGUE);
        }
    }

    @Test
    void aCompletedHandshakeWithoutACertificateCouldNotBeTested() {
        for (InboundCheck check : List.of(new ChainTrustedCheck(), new HostnameMatchesCheck(),
                new KeyStrengthCheck(KeyStrengthThresholds.ANSSI))) {
            assertBroken(InboundFacts.on(SMTP).with(TLS_DIALOGUE, dialogue().withoutCertificate()).judgedBy(check),
                    "the server presented no certificate");
        }
    }

    @Nested
    class ChainTrusted {
        private final InboundCheck check = new ChainTrustedCheck();

        @Test
        void passesAndSaysAgainstWhatItValidated() {
            assertPassed(judge(check, certificate()), "the chain of 2 certificate(s) validates against the JDK's trust store");
        }

        @Test
        void failsAndSaysWhyTheChainDoesNotValidate() {
            assertFailed(judge(check, certificate().untrusted("the certificate expired on 2024-01-01")),
                    "the chain does not validate: the certificate expired on 2024-01-01");
        }

        @Test
        void judgesTheChainSeenInAFailedHandshake() {
            Verdict v = InboundFacts.on(SMTP).with(TLS_DIALOGUE, dialogue()
                    .handshakeFailed("Received fatal alert: bad_certificate")
                    .certificate(certificate().untrusted("no trust anchor for CN=Example Issuing CA"))).judgedBy(check);
            assertFailed(v, "does not validate: no trust anchor for CN=Example Issuing CA");
        }
    }

    @Nested
    class HostnameMatches {
        private final InboundCheck check = new HostnameMatchesCheck();

        @Test
        void passesAndSaysWhichIdentifierMatched() {
            assertPassed(judge(check, certificate()), "the certificate matches mx.example.test (by SAN dNSName mx.example.test)");
        }

        @Test
        void failsAndListsThePresentedNames() {
            assertFailed(judge(check, certificate().naming("other.example.test", "*.example.org")),
                    "does not match mx.example.test; it names other.example.test, *.example.org");
        }

        @Test
        void failsWhenTheCertificateNamesNothing() {
            assertFailed(judge(check, certificate().naming()), "does not match mx.example.test; it names nothing");
        }
    }

    @Nested
    class KeyStrength {
        private final InboundCheck check = new KeyStrengthCheck(KeyStrengthThresholds.ANSSI);

        @Test
        void passesAndStatesKeyAndSignatures() {
            assertPassed(judge(check, certificate()), "leaf key EC 256 bits, signatures SHA256withECDSA, SHA256withRSA");
        }

        @Test
        void passesAnRsaKeyOf2048Bits() {
            assertPassed(judge(check, certificate().leafKey("RSA", 2048).leafSignedWith("SHA256withRSA")),
                    "leaf key RSA 2048 bits");
        }

        @Test
        void failsAWeakRsaKeyAndCitesTheThreshold() {
            assertFailed(judge(check, certificate().leafKey("RSA", 1024)), "leaf key RSA 1024 bits is too weak", ANSSI_SOURCE);
        }

        @Test
        void failsAWeakEcKey() {
            assertFailed(judge(check, certificate().leafKey("EC", 224)), "leaf key EC 224 bits is too weak");
        }

        @Test
        void failsAKeyOfAnUnknownAlgorithm() {
            assertFailed(judge(check, certificate().leafKey("DSA", 2048)), "leaf key DSA 2048 bits is too weak");
        }

        @Test
        void failsASha1SignatureInTheChainAndNamesTheCertificate() {
            assertFailed(judge(check, certificate().intermediateSignedWith("SHA1withRSA")),
                    "CN=Example Issuing CA is signed with SHA1withRSA", ANSSI_SOURCE);
        }

        @Test
        void ignoresTheSignatureOfARootSentAlong() {
            assertPassed(judge(check, certificate().withRootSentAlong("SHA1withRSA")), "SHA1withRSA");
        }

        @Test
        void failsALoneSelfSignedLeafSignedWithSha1() {
            assertFailed(judge(check, certificate().selfSigned("SHA1withECDSA")), "CN=mx.example.test is signed with SHA1withECDSA");
        }

        @Test
        void failsWithEveryProblemAtOnce() {
            assertFailed(judge(check, certificate().leafKey("RSA", 1024).leafSignedWith("MD5withRSA")),
                    "leaf key RSA 1024 bits is too weak; CN=mx.example.test is signed with MD5withRSA");
        }
    }
}
