package org.mtainterop.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mtainterop.cert.CertificateRevocation;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TestPkiTest {
    private static final String HOST = "mx.example.test";
    private final TestPki pki = TestPki.generate();

    @Test
    void rootIsTheSelfSignedTestRootCa() throws Exception {
        X509Certificate root = pki.rootCertificate();
        assertThat(root.getSubjectX500Principal().getName()).isEqualTo("CN=mta-interop Test Root CA");
        assertThat(root.getIssuerX500Principal()).isEqualTo(root.getSubjectX500Principal());
        assertThat(root.getBasicConstraints()).isGreaterThanOrEqualTo(0);
        root.verify(root.getPublicKey());
    }

    @Test
    void everyGenerationMakesFreshKeys() {
        assertThat(TestPki.generate().rootCertificate().getPublicKey()).isNotEqualTo(pki.rootCertificate().getPublicKey());
    }

    @ParameterizedTest
    @EnumSource(CertificateProfile.class)
    void everyProfileHasADescriptionAndAChainWithoutTheRoot(CertificateProfile profile) {
        IssuedCredential credential = pki.issue(profile, HOST);
        assertThat(profile.description()).isNotBlank();
        assertThat(credential.profile()).isEqualTo(profile);
        assertThat(credential.hostName()).isEqualTo(HOST);
        assertThat(credential.chain()).isNotEmpty().doesNotContain(pki.rootCertificate());
        assertThat(credential.leaf().getPublicKey().getAlgorithm()).isEqualTo(credential.privateKey().getAlgorithm());
    }

    @Test
    void validLeafHasTheHostNameAndServerExtensions() throws Exception {
        IssuedCredential valid = pki.issue(CertificateProfile.VALID, HOST);
        X509Certificate leaf = valid.leaf();
        assertThat(leaf.getSubjectX500Principal().getName()).isEqualTo("CN=" + HOST);
        assertThat(leaf.getSubjectAlternativeNames()).containsExactly(List.of(2, HOST));
        assertThat(leaf.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(leaf.getKeyUsage()[2]).as("keyEncipherment, not for EC").isFalse();
        assertThat(leaf.getCriticalExtensionOIDs()).contains("2.5.29.15");
        assertThat(leaf.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
        assertThat(leaf.getBasicConstraints()).isEqualTo(-1);
        assertThat(leaf.getSigAlgName()).isEqualTo("SHA256withECDSA");
        assertThat(leaf.getPublicKey()).isInstanceOf(ECPublicKey.class);
        assertThat(valid.chain()).containsExactly(leaf, pki.intermediateCertificate());
        leaf.verify(pki.intermediateCertificate().getPublicKey());
        pki.intermediateCertificate().verify(pki.rootCertificate().getPublicKey());
        Instant now = Instant.now();
        assertThat(leaf.getNotBefore().toInstant()).isBetween(now.minusSeconds(3700), now.minusSeconds(3500));
        assertThat(leaf.getNotAfter().toInstant()).isAfter(now.plusSeconds(89L * 86400));
    }

    @Test
    void expiredLeafEndedInThePast() {
        assertThat(pki.issue(CertificateProfile.EXPIRED, HOST).leaf().getNotAfter().toInstant()).isBefore(Instant.now());
    }

    @Test
    void notYetValidLeafStartsInTheFuture() {
        assertThat(pki.issue(CertificateProfile.NOT_YET_VALID, HOST).leaf().getNotBefore().toInstant())
                .isAfter(Instant.now());
    }

    @Test
    void wrongHostLeafNamesOnlyTheWrongHost() throws Exception {
        X509Certificate leaf = pki.issue(CertificateProfile.WRONG_HOST, HOST).leaf();
        assertThat(leaf.getSubjectAlternativeNames()).containsExactly(List.of(2, TestPki.WRONG_HOST_NAME));
        assertThat(leaf.getSubjectX500Principal().getName()).doesNotContain(HOST);
    }

    @Test
    void selfSignedLeafIsAloneAndSignedByItself() throws Exception {
        IssuedCredential credential = pki.issue(CertificateProfile.SELF_SIGNED, HOST);
        assertThat(credential.chain()).hasSize(1);
        assertThat(credential.leaf().getIssuerX500Principal()).isEqualTo(credential.leaf().getSubjectX500Principal());
        credential.leaf().verify(credential.leaf().getPublicKey());
    }

    /** CERT-05: a CA-issued leaf names a CRL and an OCSP responder, as a public CA's does; a self-signed one neither. */
    @Test
    void caIssuedLeavesSayWhereRevocationIsPublishedSelfSignedOnesDoNot() {
        CertificateRevocation valid = CertificateRevocation.of(pki.issue(CertificateProfile.VALID, HOST).leaf());
        assertThat(valid.crlUris()).containsExactly(CertificateSigner.CRL_URI);
        assertThat(valid.ocspUris()).containsExactly(CertificateSigner.OCSP_URI);
        assertThat(CertificateRevocation.of(pki.issue(CertificateProfile.UNTRUSTED_CA, HOST).leaf()).ocspUris())
                .containsExactly(CertificateSigner.OCSP_URI);
        assertThat(CertificateRevocation.of(pki.issue(CertificateProfile.SELF_SIGNED, HOST).leaf()))
                .isEqualTo(CertificateRevocation.NONE);
        assertThat(CertificateRevocation.of(pki.intermediateCertificate())).isEqualTo(CertificateRevocation.NONE);
    }

    @Test
    void untrustedCaLeafComesWithTheUntrustedIntermediate() throws Exception {
        IssuedCredential credential = pki.issue(CertificateProfile.UNTRUSTED_CA, HOST);
        assertThat(credential.chain()).hasSize(2);
        X509Certificate intermediate = credential.chain().get(1);
        assertThat(intermediate.getSubjectX500Principal().getName()).isEqualTo("CN=" + TestPki.UNTRUSTED_INTERMEDIATE_NAME);
        assertThat(intermediate.getIssuerX500Principal().getName()).isEqualTo("CN=" + TestPki.UNTRUSTED_ROOT_NAME);
        credential.leaf().verify(intermediate.getPublicKey());
    }

    @Test
    void weakRsaLeafHasA1024BitKeyThatMayEncipher() {
        X509Certificate leaf = pki.issue(CertificateProfile.WEAK_RSA_1024, HOST).leaf();
        assertThat(((RSAPublicKey) leaf.getPublicKey()).getModulus().bitLength()).isEqualTo(1024);
        assertThat(leaf.getKeyUsage()[2]).as("keyEncipherment").isTrue();
    }

    @Test
    void sha1LeafIsSignedWithSha1() {
        assertThat(pki.issue(CertificateProfile.SHA1_SIGNED, HOST).leaf().getSigAlgName()).containsIgnoringCase("SHA1");
    }

    @Test
    void badSignatureLeafIsTheValidLeafWhoseSignatureAloneFailsToVerify() throws Exception {
        X509Certificate leaf = pki.issue(CertificateProfile.BAD_SIGNATURE, HOST).leaf();
        X509Certificate intermediate = pki.intermediateCertificate();
        assertThat(leaf.getIssuerX500Principal()).isEqualTo(intermediate.getSubjectX500Principal());
        assertThat(leaf.getSubjectAlternativeNames()).containsExactly(List.of(2, HOST));
        assertThat(leaf.getNotAfter()).isAfter(java.util.Date.from(Instant.now()));
        assertThat(pki.issue(CertificateProfile.BAD_SIGNATURE, HOST).chain()).hasSize(2).element(1).isEqualTo(intermediate);
        assertThatThrownBy(() -> leaf.verify(intermediate.getPublicKey()))
                .isInstanceOf(java.security.SignatureException.class);
        pki.issue(CertificateProfile.VALID, HOST).leaf().verify(intermediate.getPublicKey());
    }

    @Test
    void missingIntermediateSendsTheValidLeafAlone() {
        IssuedCredential credential = pki.issue(CertificateProfile.MISSING_INTERMEDIATE, HOST);
        assertThat(credential.chain()).hasSize(1);
        assertThat(credential.leaf().getIssuerX500Principal()).isEqualTo(pki.intermediateCertificate().getSubjectX500Principal());
    }

    @Test
    void ipLiteralHostGetsAnIpAddressSubjectAltName() throws Exception {
        assertThat(pki.issue(CertificateProfile.VALID, "127.0.0.1").leaf().getSubjectAlternativeNames())
                .containsExactly(List.of(7, "127.0.0.1"));
    }

    @Test
    void credentialsAreCachedPerProfileAndHostEvenUnderConcurrency() {
        List<IssuedCredential> issued = IntStream.range(0, 16)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> pki.issue(CertificateProfile.EXPIRED, "cache.example.test")))
                .toList().stream().map(CompletableFuture::join).toList();
        assertThat(issued).allSatisfy(credential -> assertThat(credential).isSameAs(issued.get(0)));
        assertThat(pki.issue(CertificateProfile.EXPIRED, "other.example.test")).isNotSameAs(issued.get(0));
        assertThat(pki.issue(CertificateProfile.VALID, "cache.example.test")).isNotSameAs(issued.get(0));
    }

    @Test
    void refusesABlankHostName() {
        assertThatThrownBy(() -> pki.issue(CertificateProfile.VALID, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("host name");
    }
}
