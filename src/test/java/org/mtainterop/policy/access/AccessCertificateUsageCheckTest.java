package org.mtainterop.policy.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtainterop.observation.Observations.TLS_DIALOGUE;
import static org.mtainterop.policy.fixture.InboundFacts.certificate;
import static org.mtainterop.policy.fixture.InboundFacts.dialogue;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertFailed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertPassed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertSkipped;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.checks.CertificateUsageCheck;
import org.mtainterop.policy.fixture.InboundFacts;
import org.mtainterop.policy.fixture.TlsDialogueFixture;

/**
 * CERT-04 on submission, IMAP and POP3: the port-25 judgement (CertificateUsageCheckTest has its every reason) on the
 * leaf of the service's own dialogue.
 */
class AccessCertificateUsageCheckTest {
    private static final List<MailService> USER_ACCESS = Arrays.stream(MailService.values())
            .filter(MailService::userAccess).toList();
    private final CertificateUsageCheck check = new CertificateUsageCheck();

    private Verdict judge(MailService service, TlsDialogueFixture dialogue) {
        return InboundFacts.on(service).with(TLS_DIALOGUE, dialogue).judgedBy(check);
    }

    @Test
    void readsTheAccessDialogueOnly() {
        assertThat(check.requirementId()).isEqualTo("CERT-04");
        for (MailService service : USER_ACCESS) {
            assertThat(check.needs(service)).as(service.label()).containsExactly(TLS_DIALOGUE);
        }
    }

    @Test
    void passesOnEveryServiceWithATlsServerLeaf() {
        for (MailService service : USER_ACCESS) {
            assertPassed(judge(service, dialogue(service)), "extendedKeyUsage (serverAuth), valid for 90 days");
        }
    }

    @Test
    void failsLikePort25() {
        assertFailed(judge(MailService.IMAPS, dialogue(MailService.IMAPS).certificate(certificate()
                        .leafKeyUsage(false, "digitalSignature").leafExtendedKeyUsage("clientAuth")
                        .leafValidFor(Duration.ofDays(1095)))),
                "the leaf's keyUsage is not critical", "extendedKeyUsage (clientAuth) does not include serverAuth",
                "valid for 1095 days, longer than 825");
    }

    @Test
    void aFailedImplicitTlsHandshakeWithoutAChainIsSkipped() {
        assertSkipped(judge(MailService.POP3S, dialogue(MailService.POP3S).handshakeFailed("handshake_failure")
                .withoutCertificate()), "needs TLS, but the handshake on this implicit-TLS port failed: handshake_failure");
    }
}
