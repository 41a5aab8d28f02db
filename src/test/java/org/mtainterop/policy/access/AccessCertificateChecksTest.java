package org.mtainterop.policy.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtainterop.net.MailService.IMAP;
import static org.mtainterop.net.MailService.IMAPS;
import static org.mtainterop.net.MailService.POP3;
import static org.mtainterop.net.MailService.SUBMISSIONS;
import static org.mtainterop.observation.Observations.TLS_DIALOGUE;
import static org.mtainterop.policy.fixture.InboundFacts.certificate;
import static org.mtainterop.policy.fixture.InboundFacts.dialogue;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertBroken;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertFailed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertPassed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.KeyStrengthThresholds;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.checks.ChainTrustedCheck;
import org.mtainterop.policy.checks.HostnameMatchesCheck;
import org.mtainterop.policy.checks.KeyStrengthCheck;
import org.mtainterop.policy.fixture.InboundFacts;
import org.mtainterop.policy.fixture.TlsDialogueFixture;

/**
 * CERT-01, -02 and -03 on submission, IMAP and POP3: the port-25 judgements (CertificateChecksTest has their every
 * reason) on the chain of the service's own dialogue.
 */
class AccessCertificateChecksTest {
    private static final List<InboundCheck> CHECKS = List.of(new ChainTrustedCheck(), new HostnameMatchesCheck(),
            new KeyStrengthCheck(KeyStrengthThresholds.ANSSI));

    private static Verdict judge(MailService service, InboundCheck check, TlsDialogueFixture dialogue) {
        return InboundFacts.on(service).with(TLS_DIALOGUE, dialogue).judgedBy(check);
    }

    @Test
    void eachReadsTheDialogueOnly() {
        for (InboundCheck check : CHECKS) {
            assertThat(check.needs(IMAP)).as(check.requirementId()).containsExactlyInAnyOrder(TLS_DIALOGUE);
            assertThat(check.needs(IMAPS)).as(check.requirementId()).containsExactlyInAnyOrder(TLS_DIALOGUE);
        }
    }

    @Test
    void chainTrustedPassesAndFailsOnTheServicesChain() {
        InboundCheck check = new ChainTrustedCheck();
        assertPassed(judge(IMAP, check, dialogue(IMAP)), "the chain of 2 certificate(s) validates against");
        assertFailed(judge(SUBMISSIONS, check, dialogue(SUBMISSIONS).certificate(certificate().untrusted("self-signed"))),
                "the chain does not validate: self-signed");
    }

    @Test
    void hostnameMatchesPassesAndFailsOnTheConfiguredServerName() {
        InboundCheck check = new HostnameMatchesCheck();
        assertPassed(judge(POP3, check, dialogue(POP3)), "the certificate matches mx.example.test");
        assertFailed(judge(IMAP, check, dialogue(IMAP).certificate(certificate().naming("imap.other.test"))),
                "does not match mx.example.test; it names imap.other.test");
    }

    @Test
    void keyStrengthPassesAndFailsWithTheSameThresholds() {
        InboundCheck check = new KeyStrengthCheck(KeyStrengthThresholds.ANSSI);
        assertPassed(judge(IMAPS, check, dialogue(IMAPS)), "leaf key EC 256 bits");
        assertFailed(judge(POP3, check, dialogue(POP3).certificate(certificate().leafKey("RSA", 1024))),
                "leaf key RSA 1024 bits is too weak", "ANSSI RGS annexe B1");
    }

    @Test
    void judgeTheChainSeenInAFailedHandshake() {
        TlsDialogueFixture failed = dialogue(IMAPS).handshakeFailed("Received fatal alert: bad_certificate")
                .certificate(certificate().untrusted("expired").naming("old.example.test").leafKey("RSA", 1024));
        assertFailed(judge(IMAPS, CHECKS.get(0), failed), "does not validate: expired");
        assertFailed(judge(IMAPS, CHECKS.get(1), failed), "it names old.example.test");
        assertFailed(judge(IMAPS, CHECKS.get(2), failed), "leaf key RSA 1024 bits is too weak");
    }

    @Test
    void aCompletedHandshakeWithoutACertificateCouldNotBeTested() {
        for (InboundCheck check : CHECKS) {
            assertBroken(judge(IMAP, check, dialogue(IMAP).withoutCertificate()), "the server presented no certificate");
        }
    }
}
