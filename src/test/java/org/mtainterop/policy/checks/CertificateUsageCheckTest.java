package org.mtainterop.policy.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtainterop.net.MailService.SMTP;
import static org.mtainterop.observation.Observations.STARTTLS_DIALOGUE;
import static org.mtainterop.policy.checks.LeafCertificateFacts.HOST;
import static org.mtainterop.policy.checks.LeafCertificateFacts.TLS_SERVER;
import static org.mtainterop.policy.checks.LeafCertificateFacts.leaf;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mtainterop.cert.CertificateFacts;
import org.mtainterop.cert.CertificateSummary;
import org.mtainterop.cert.CertificateUsage;
import org.mtainterop.net.Endpoint;
import org.mtainterop.observation.ObservedFacts;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.TestPki;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.StarttlsDialogueFacts;
import org.mtainterop.smtp.EhloCapabilities;
import org.mtainterop.smtp.SmtpReply;
import org.mtainterop.tls.TlsHandshakeFacts;

/** CERT-04 on port 25, judged from the leaf of the chain the modern dialogue saw: a pass and each failure reason. */
class CertificateUsageCheckTest {
    private static final Endpoint MX = new Endpoint(HOST, 25, HOST);
    private static final Duration NINETY_DAYS = Duration.ofDays(90);
    private final CertificateUsageCheck check = new CertificateUsageCheck();

    private Verdict judge(CertificateFacts certificate) {
        return check.judge(ObservedFacts.of(MX, SMTP).with(STARTTLS_DIALOGUE, dialogue(Optional.of(certificate))).build());
    }

    private static CertificateUsage usage(Optional<List<String>> keyUsage, boolean critical, Optional<List<String>> eku) {
        return new CertificateUsage(keyUsage, critical, eku);
    }

    @Test
    void readsTheDialogueOnly() {
        assertThat(check.requirementId()).isEqualTo("CERT-04");
        assertThat(check.needs(SMTP)).containsExactly(STARTTLS_DIALOGUE);
    }

    @Test
    void passesAndSaysWhatTheLeafCarries() {
        Verdict v = judge(leaf(TLS_SERVER, NINETY_DAYS));
        assertThat(v.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(v.message()).isEqualTo("leaf keyUsage critical (digitalSignature), extendedKeyUsage (serverAuth),"
                + " valid for 90 days (2026-01-01T00:00:00Z to 2026-04-01T00:00:00Z)");
    }

    @Test
    void theTestPkiLeafPasses() {
        TestPki pki = TestPki.generate();
        Verdict v = judge(LeafCertificateFacts.chainOf(CertificateSummary.of(pki.issue(CertificateProfile.VALID, HOST).leaf())));
        assertThat(v.outcome()).as(v.message()).isEqualTo(Outcome.PASSED);
        assertThat(v.message()).contains("valid for 90 days");
    }

    @Test
    void exactly825DaysPasses() {
        assertThat(judge(leaf(TLS_SERVER, Duration.ofDays(825))).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void failsWithoutKeyUsage() {
        Verdict v = judge(leaf(usage(Optional.empty(), false, TLS_SERVER.extendedKeyUsage()), NINETY_DAYS));
        assertThat(v.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(v.message()).startsWith("the leaf has no keyUsage extension (RFC 5280 §4.2.1.3")
                .contains("observed: no keyUsage, extendedKeyUsage (serverAuth), valid for 90 days");
    }

    @Test
    void failsWithANonCriticalKeyUsage() {
        Verdict v = judge(leaf(usage(TLS_SERVER.keyUsage(), false, TLS_SERVER.extendedKeyUsage()), NINETY_DAYS));
        assertThat(v.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(v.message()).startsWith("the leaf's keyUsage is not critical (RFC 5280 §4.2.1.3")
                .contains("observed: keyUsage not critical (digitalSignature)");
    }

    /** RFC 5280 §4.2.1.12 reads no EKU as any purpose; a TLS server certificate must still name serverAuth (BR 7.1.2.3). */
    @Test
    void failsWithoutExtendedKeyUsage() {
        Verdict v = judge(leaf(usage(TLS_SERVER.keyUsage(), true, Optional.empty()), NINETY_DAYS));
        assertThat(v.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(v.message()).startsWith("the leaf has no extendedKeyUsage, so it is not restricted to serverAuth"
                + " (CA/B Forum BR 7.1.2.3 (f)").contains("observed: keyUsage critical (digitalSignature), no extendedKeyUsage");
    }

    @Test
    void failsWithAnExtendedKeyUsageWithoutServerAuth() {
        Verdict v = judge(leaf(usage(TLS_SERVER.keyUsage(), true, Optional.of(List.of("clientAuth"))), NINETY_DAYS));
        assertThat(v.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(v.message()).startsWith("the leaf's extendedKeyUsage (clientAuth) does not include serverAuth");
    }

    @Test
    void anyExtendedKeyUsageIsNotServerAuth() {
        Verdict v = judge(leaf(usage(TLS_SERVER.keyUsage(), true, Optional.of(List.of("anyExtendedKeyUsage"))),
                NINETY_DAYS));
        assertThat(v.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(v.message()).startsWith("the leaf's extendedKeyUsage (anyExtendedKeyUsage) does not include serverAuth");
    }

    @Test
    void failsWhenValidForLongerThan825Days() {
        Verdict v = judge(leaf(TLS_SERVER, Duration.ofDays(3650)));
        assertThat(v.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(v.message()).startsWith("the leaf is valid for 3650 days, longer than 825 days"
                + " (CA/B Forum BR 6.3.2: at most 825 days)")
                .contains("observed: keyUsage critical (digitalSignature), extendedKeyUsage (serverAuth), valid for 3650 days"
                        + " (2026-01-01T00:00:00Z to 2035-12-30T00:00:00Z)");
    }

    @Test
    void anHourOver825DaysFailsAndSaysSo() {
        Verdict v = judge(leaf(TLS_SERVER, Duration.ofDays(825).plusHours(1)));
        assertThat(v.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(v.message()).startsWith("the leaf is valid for 825 days and 1h, longer than 825 days");
    }

    @Test
    void listsEveryReasonAtOnce() {
        Verdict v = judge(leaf(usage(Optional.empty(), false, Optional.empty()), Duration.ofDays(1000)));
        assertThat(v.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(v.message().split("; ")).hasSize(4);
        assertThat(v.message()).contains("no keyUsage extension", "no extendedKeyUsage, so", "valid for 1000 days, longer");
    }

    @Test
    void withoutStarttlsThereIsNoCertificateToJudge() {
        Verdict v = check.judge(ObservedFacts.of(MX, SMTP).with(STARTTLS_DIALOGUE, dialogue(Optional.empty())).build());
        assertThat(v.outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(v.message()).isEqualTo("needs TLS, but the server does not offer STARTTLS");
    }

    /** With a certificate: the STARTTLS dialogue got as far as a completed handshake. Without: no STARTTLS offered. */
    private static StarttlsDialogueFacts dialogue(Optional<CertificateFacts> certificate) {
        SmtpReply ehlo = certificate.isPresent() ? SmtpReply.of(250, HOST, "STARTTLS") : SmtpReply.of(250, HOST);
        Optional<TlsHandshakeFacts> handshake = certificate.map(c -> new TlsHandshakeFacts(true, List.of("TLSv1.3"),
                Optional.of(HOST), "TLSv1.3", "TLS_AES_128_GCM_SHA256", List.of(), "", Duration.ofMillis(5)));
        return new StarttlsDialogueFacts(MX, Optional.empty(), Optional.of(SmtpReply.of(220, HOST + " ESMTP")),
                Optional.of(ehlo), EhloCapabilities.parse(ehlo),
                certificate.map(c -> SmtpReply.of(220, "ready to start TLS")), handshake, certificate, Optional.empty(),
                Optional.empty(), EhloCapabilities.none(), "", false);
    }
}
