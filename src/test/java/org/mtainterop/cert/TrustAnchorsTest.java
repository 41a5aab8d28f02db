package org.mtainterop.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.TestPki;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrustAnchorsTest {
    private final TestPki pki = TestPki.generate();
    private final TrustAnchors jdk = TrustAnchors.jdkDefaults();

    @Test
    void jdkDefaultsComeFromTheDefaultTrustManager() {
        assertThat(jdk.anchors()).isNotEmpty();
        assertThat(jdk.describe()).isEqualTo("JDK trust store (" + jdk.anchors().size() + " anchors)");
    }

    @Test
    void pemBundleIsAddedAndDescribedByPath(@TempDir Path dir) {
        pki.issue(CertificateProfile.VALID, "mx.example.test").writePemFiles(dir);
        Path ca = dir.resolve("ca.pem");

        TrustAnchors combined = jdk.withPemBundle(ca);

        assertThat(combined.anchors()).hasSize(jdk.anchors().size() + 1);
        assertThat(combined.certificates()).contains(pki.rootCertificate());
        assertThat(combined.describe()).isEqualTo(jdk.describe() + " + " + ca + " (1)");
        assertThat(jdk.certificates()).doesNotContain(pki.rootCertificate());
    }

    @Test
    void sameCertificateAddedTwiceIsOneAnchor() {
        TrustAnchors twice = TrustAnchors.none().withCertificate(pki.rootCertificate()).withCertificate(pki.rootCertificate());
        assertThat(twice.anchors()).hasSize(1);
        assertThat(twice.describe()).isEqualTo("CN=mta-interop Test Root CA + CN=mta-interop Test Root CA");
    }

    @Test
    void noneDescribesItself() {
        assertThat(TrustAnchors.none().describe()).isEqualTo("no trust anchors");
        assertThat(TrustAnchors.none().isEmpty()).isTrue();
    }

    @Test
    void badBundleIsRejectedNamingTheFile(@TempDir Path dir) throws Exception {
        Path notPem = Files.writeString(dir.resolve("corporate-ca.pem"), "this is not a certificate\n");
        assertThatThrownBy(() -> jdk.withPemBundle(notPem))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("corporate-ca.pem");
        assertThatThrownBy(() -> jdk.withPemBundle(dir.resolve("absent.pem")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absent.pem");
    }

    @Test
    void anchorsCannotBeModified() {
        assertThat(jdk.anchors()).isUnmodifiable();
    }
}
