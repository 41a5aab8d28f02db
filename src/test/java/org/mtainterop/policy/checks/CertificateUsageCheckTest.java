package org.mtainterop.policy.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtainterop.net.MailService.SMTP;
import static org.mtainterop.observation.Observations.TLS_DIALOGUE;
import static org.mtainterop.policy.fixture.InboundFacts.certificate;
import static org.mtainterop.policy.fixture.InboundFacts.dialogue;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertBroken;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertFailed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertPassed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertSkipped;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.fixture.CertificateFixture;
import org.mtainterop.policy.fixture.InboundFacts;
import org.mtainterop.policy.fixture.TlsDialogueFixture;

/** CERT-04 on port 25, judged from the leaf of the chain the modern dialogue saw: a pass and each failure reason. */
class CertificateUsageCheckTest {
    private final CertificateUsageCheck check = new CertificateUsageCheck();

    private Verdict judge(TlsDialogueFixture dialogue) {
        return InboundFacts.on(SMTP).with(TLS_DIALOGUE, dialogue).judgedBy(check);
    }

    private Verdict judge(CertificateFixture certificate) {
        return judge(dialogue().certificate(certificate));
    }

    @Test
    void readsTheDialogueOnly() {
        assertThat(check.requirementId()).isEqualTo("CERT-04");
        assertThat(check.needs(SMTP)).containsExactly(TLS_DIALOGUE);
    }

    /** The intermediate's keyCertSign, lack of serverAuth and ten years are never judged: CERT-04 is about the leaf. */
    @Test
    void passesAndSaysWhatTheLeafCarries() {
        Verdict v = judge(certificate());
        assertPassed(v, "leaf keyUsage critical");
        assertThat(v.message()).isEqualTo("leaf keyUsage critical (digitalSignature), extendedKeyUsage (serverAuth),"
                + " valid for 90 days (2024-12-16T12:00:00Z to 2025-03-16T12:00:00Z)");
    }

    @Test
    void exactly825DaysPasses() {
        assertPassed(judge(certificate().leafValidFor(Duration.ofDays(825))), "valid for 825 days");
    }

    @Test
    void failsWithoutKeyUsage() {
        Verdict v = judge(certificate().leafWithoutKeyUsage());
        assertFailed(v, "observed: no keyUsage, extendedKeyUsage (serverAuth), valid for 90 days");
        assertThat(v.message()).startsWith("the leaf has no keyUsage extension (RFC 5280 §4.2.1.3");
    }

    @Test
    void failsWithANonCriticalKeyUsage() {
        Verdict v = judge(certificate().leafKeyUsage(false, "digitalSignature", "keyEncipherment"));
        assertFailed(v, "observed: keyUsage not critical (digitalSignature, keyEncipherment)");
        assertThat(v.message()).startsWith("the leaf's keyUsage is not critical (RFC 5280 §4.2.1.3");
    }

    /** RFC 5280 §4.2.1.12 reads no EKU as any purpose; a TLS server certificate must still name serverAuth (BR 7.1.2.3). */
    @Test
    void failsWithoutExtendedKeyUsage() {
        Verdict v = judge(certificate().leafWithoutExtendedKeyUsage());
        assertFailed(v, "observed: keyUsage critical (digitalSignature), no extendedKeyUsage");
        assertThat(v.message()).startsWith("the leaf has no extendedKeyUsage, so it is not restricted to serverAuth"
                + " (CA/B Forum BR 7.1.2.3 (f)");
    }

    @Test
    void failsWithAnExtendedKeyUsageWithoutServerAuth() {
        Verdict v = judge(certificate().leafExtendedKeyUsage("clientAuth", "emailProtection"));
        assertFailed(v, "(CA/B Forum BR 7.1.2.3 (f): a TLS server certificate names serverAuth)");
        assertThat(v.message()).startsWith("the leaf's extendedKeyUsage (clientAuth, emailProtection) does not include serverAuth");
    }

    @Test
    void anyExtendedKeyUsageIsNotServerAuth() {
        Verdict v = judge(certificate().leafExtendedKeyUsage("anyExtendedKeyUsage"));
        assertFailed(v, "observed: keyUsage critical (digitalSignature), extendedKeyUsage (anyExtendedKeyUsage)");
        assertThat(v.message()).startsWith("the leaf's extendedKeyUsage (anyExtendedKeyUsage) does not include serverAuth");
    }

    @Test
    void passesWhenServerAuthIsOneOfSeveralPurposes() {
        assertPassed(judge(certificate().leafExtendedKeyUsage("serverAuth", "clientAuth")),
                "extendedKeyUsage (serverAuth, clientAuth)");
    }

    @Test
    void failsWhenValidForLongerThan825Days() {
        Verdict v = judge(certificate().leafValidFor(Duration.ofDays(3650)));
        assertFailed(v, "observed: keyUsage critical (digitalSignature), extendedKeyUsage (serverAuth), valid for 3650 days"
                + " (2024-12-16T12:00:00Z to 2034-12-14T12:00:00Z)");
        assertThat(v.message()).startsWith("the leaf is valid for 3650 days, longer than 825 days"
                + " (CA/B Forum BR 6.3.2: at most 825 days)");
    }

    @Test
    void anHourOver825DaysFailsAndSaysSo() {
        Verdict v = judge(certificate().leafValidFor(Duration.ofDays(825).plusHours(1)));
        assertFailed(v, "valid for 825 days and 1h (2024-12-16T12:00:00Z to 2027-03-21T13:00:00Z)");
        assertThat(v.message()).startsWith("the leaf is valid for 825 days and 1h, longer than 825 days");
    }

    @Test
    void listsEveryReasonAtOnce() {
        Verdict v = judge(certificate().leafWithoutKeyUsage().leafWithoutExtendedKeyUsage()
                .leafValidFor(Duration.ofDays(1000)));
        assertFailed(v, "no keyUsage extension", "no extendedKeyUsage, so", "valid for 1000 days, longer");
        assertThat(v.message().split("; ")).hasSize(4);
    }

    @Test
    void judgesTheLeafSeenInAFailedHandshake() {
        assertFailed(judge(dialogue().handshakeFailed("Received fatal alert: bad_certificate")
                .certificate(certificate().leafWithoutKeyUsage())), "no keyUsage extension");
    }

    @Test
    void withoutStarttlsThereIsNoCertificateToJudge() {
        assertSkipped(judge(dialogue().withoutStarttls().withoutCertificate()), "needs TLS, but the server does not advertise STARTTLS");
    }

    @Test
    void aCompletedHandshakeWithoutACertificateCouldNotBeTested() {
        assertBroken(judge(dialogue().withoutCertificate()), "the server presented no certificate");
    }
}
