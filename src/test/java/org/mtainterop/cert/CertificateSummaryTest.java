package org.mtainterop.cert;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.TestPki;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CertificateSummaryTest {
    private static final String HOST = "mx.example.test";
    private final TestPki pki = TestPki.generate();

    @Test
    void summarizesAnEcLeaf() throws Exception {
        var leaf = pki.issue(CertificateProfile.VALID, HOST).leaf();
        CertificateSummary summary = CertificateSummary.of(leaf);

        assertThat(summary.subject()).isEqualTo("CN=" + HOST);
        assertThat(summary.issuer()).isEqualTo("CN=" + TestPki.INTERMEDIATE_NAME);
        assertThat(summary.serialHex()).isEqualTo(leaf.getSerialNumber().toString(16));
        assertThat(summary.notBefore()).isEqualTo(leaf.getNotBefore().toInstant());
        assertThat(summary.notAfter()).isEqualTo(leaf.getNotAfter().toInstant());
        assertThat(summary.keyAlgorithm()).isEqualTo("EC");
        assertThat(summary.keyBits()).isEqualTo(256);
        assertThat(summary.signatureAlgorithm()).isEqualTo("SHA256withECDSA");
        assertThat(summary.dnsNames()).containsExactly(HOST);
        assertThat(summary.selfIssued()).isFalse();
        String expectedFingerprint = HexFormat.ofDelimiter(":").withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(leaf.getEncoded()));
        assertThat(summary.sha256Fingerprint()).isEqualTo(expectedFingerprint).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
    }

    @Test
    void weakRsaLeafHas1024Bits() {
        CertificateSummary summary = CertificateSummary.of(pki.issue(CertificateProfile.WEAK_RSA_1024, HOST).leaf());
        assertThat(summary.keyAlgorithm()).isEqualTo("RSA");
        assertThat(summary.keyBits()).isEqualTo(1024);
    }

    @Test
    void sha1LeafShowsItsSignatureAlgorithm() {
        assertThat(CertificateSummary.of(pki.issue(CertificateProfile.SHA1_SIGNED, HOST).leaf()).signatureAlgorithm())
                .isEqualTo("SHA1withECDSA");
    }

    @Test
    void rootAndSelfSignedLeafAreSelfIssued() {
        assertThat(CertificateSummary.of(pki.rootCertificate()).selfIssued()).isTrue();
        assertThat(CertificateSummary.of(pki.issue(CertificateProfile.SELF_SIGNED, HOST).leaf()).selfIssued()).isTrue();
        assertThat(CertificateSummary.of(pki.rootCertificate()).dnsNames()).isEmpty();
    }

    @Test
    void readableListsTheFacts() {
        CertificateSummary summary = CertificateSummary.of(pki.issue(CertificateProfile.VALID, HOST).leaf());
        assertThat(summary.readable())
                .contains("Subject:     CN=" + HOST + "\n")
                .contains("Key:         EC 256 bits\n")
                .contains("Signature:   SHA256withECDSA\n")
                .contains("DNS names:   " + HOST + "\n")
                .contains(summary.sha256Fingerprint());
    }
}
