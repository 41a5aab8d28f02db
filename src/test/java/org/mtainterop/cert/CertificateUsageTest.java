package org.mtainterop.cert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.TestPki;

/** keyUsage and extKeyUsage as CERT-04 reads them: measured from the encoding, named as RFC 5280 names them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CertificateUsageTest {
    private static final String HOST = "mx.example.test";
    private final TestPki pki = TestPki.generate();
    private final CertificateBuilderForTests builder;

    CertificateUsageTest() throws Exception {
        builder = new CertificateBuilderForTests();
    }

    @Test
    void theTestPkiLeafIsMarkedForTlsServers() {
        CertificateUsage usage = CertificateSummary.of(pki.issue(CertificateProfile.VALID, HOST).leaf()).usage();

        assertThat(usage.keyUsage()).contains(List.of("digitalSignature"));
        assertThat(usage.keyUsageCritical()).isTrue();
        assertThat(usage.extendedKeyUsage()).contains(List.of("serverAuth"));
        assertThat(usage.serverAuth()).isTrue();
        assertThat(usage.readable()).isEqualTo("keyUsage critical (digitalSignature), extendedKeyUsage (serverAuth)");
    }

    @Test
    void anRsaLeafMayAlsoEncipherKeys() {
        assertThat(CertificateUsage.of(pki.issue(CertificateProfile.WEAK_RSA_1024, HOST).leaf()).keyUsage())
                .contains(List.of("digitalSignature", "keyEncipherment"));
    }

    @Test
    void aCaCertificateSignsCertificatesAndHasNoKeyPurpose() {
        CertificateUsage root = CertificateUsage.of(pki.rootCertificate());
        assertThat(root.keyUsage()).contains(List.of("keyCertSign", "cRLSign"));
        assertThat(root.extendedKeyUsage()).isEmpty();
        assertThat(root.serverAuth()).isFalse();
    }

    @Test
    void absentExtensionsAreAbsentNotEmpty() throws Exception {
        CertificateUsage usage = CertificateUsage.of(builder.certificateWithUsage(null, false, List.of(), Duration.ofDays(1)));
        assertThat(usage.keyUsage()).isEmpty();
        assertThat(usage.keyUsageCritical()).isFalse();
        assertThat(usage.extendedKeyUsage()).isEmpty();
        assertThat(usage.readable()).isEqualTo("no keyUsage, no extendedKeyUsage");
    }

    @Test
    void aNonCriticalKeyUsageAndOtherPurposesAreReadAsEncoded() throws Exception {
        CertificateUsage usage = CertificateUsage.of(builder.certificateWithUsage(
                KeyUsage.digitalSignature | KeyUsage.keyAgreement, false,
                List.of(KeyPurposeId.id_kp_clientAuth, KeyPurposeId.anyExtendedKeyUsage), Duration.ofDays(1)));
        assertThat(usage.keyUsage()).contains(List.of("digitalSignature", "keyAgreement"));
        assertThat(usage.keyUsageCritical()).isFalse();
        assertThat(usage.extendedKeyUsage()).contains(List.of("clientAuth", "anyExtendedKeyUsage"));
        assertThat(usage.serverAuth()).isFalse();
        assertThat(usage.readable())
                .isEqualTo("keyUsage not critical (digitalSignature, keyAgreement), extendedKeyUsage (clientAuth, anyExtendedKeyUsage)");
    }

    @Test
    void anUnnamedPurposeKeepsItsOid() throws Exception {
        CertificateUsage usage = CertificateUsage.of(builder.certificateWithUsage(KeyUsage.digitalSignature, true,
                List.of(KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_smartcardlogon), Duration.ofDays(1)));
        assertThat(usage.extendedKeyUsage()).contains(List.of("serverAuth", "1.3.6.1.4.1.311.20.2.2"));
        assertThat(usage.serverAuth()).isTrue();
    }

    @Test
    void criticalWithoutAKeyUsageIsNotRecorded() {
        assertThat(new CertificateUsage(Optional.empty(), true, Optional.empty()).keyUsageCritical()).isFalse();
    }

    @Test
    void theSummaryShowsTheUsageInItsAttachmentText() {
        assertThat(CertificateSummary.of(pki.issue(CertificateProfile.VALID, HOST).leaf()).readable())
                .contains("Usage:       keyUsage critical (digitalSignature), extendedKeyUsage (serverAuth)\n");
    }
}
