package org.mtainterop.cert;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.TestPki;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChainValidatorTest {
    private static final String HOST = "mx.example.test";
    private final TestPki pki = TestPki.generate();
    private final TrustAnchors testRoot = TrustAnchors.none().withCertificate(pki.rootCertificate());
    private final ChainValidator validator = new ChainValidator();

    private PkixValidation validate(CertificateProfile profile) {
        return validator.validate(pki.issue(profile, HOST).chain(), testRoot, Instant.now());
    }

    @Test
    void validChainReachesTheTestRoot() {
        PkixValidation result = validate(CertificateProfile.VALID);
        assertThat(result.valid()).isTrue();
        assertThat(result.reason()).isEqualTo("chains to trust anchor CN=mta-interop Test Root CA");
    }

    @Test
    void validChainWithTheRootAppendedIsStillValid() {
        List<X509Certificate> withRoot = new ArrayList<>(pki.issue(CertificateProfile.VALID, HOST).chain());
        withRoot.add(pki.rootCertificate());
        assertThat(validator.validate(withRoot, testRoot, Instant.now()).valid()).isTrue();
    }

    @Test
    void expiredLeafIsInvalidSayingWhenAndWhich() {
        var leaf = pki.issue(CertificateProfile.EXPIRED, HOST).leaf();
        PkixValidation result = validate(CertificateProfile.EXPIRED);
        assertThat(result.valid()).isFalse();
        assertThat(result.reason())
                .isEqualTo("certificate expired on " + leaf.getNotAfter().toInstant() + " (CN=" + HOST + ")");
    }

    @Test
    void validLeafIsExpiredWhenCheckedAfterItsNotAfter() {
        var chain = pki.issue(CertificateProfile.VALID, HOST).chain();
        PkixValidation later = validator.validate(chain, testRoot, Instant.now().plus(Duration.ofDays(120)));
        assertThat(later.valid()).isFalse();
        assertThat(later.reason()).startsWith("certificate expired on");
    }

    @Test
    void notYetValidLeafIsInvalid() {
        PkixValidation result = validate(CertificateProfile.NOT_YET_VALID);
        assertThat(result.valid()).isFalse();
        assertThat(result.reason()).startsWith("certificate not yet valid until").contains(HOST);
    }

    @Test
    void selfSignedLeafHasNoTrustAnchor() {
        PkixValidation result = validate(CertificateProfile.SELF_SIGNED);
        assertThat(result.valid()).isFalse();
        assertThat(result.reason()).contains("trust anchor").contains("self-signed CN=" + HOST);
    }

    @Test
    void untrustedCaChainHasNoTrustAnchor() {
        PkixValidation result = validate(CertificateProfile.UNTRUSTED_CA);
        assertThat(result.valid()).isFalse();
        assertThat(result.reason()).contains("trust anchor").contains("CN=" + TestPki.UNTRUSTED_ROOT_NAME);
    }

    @Test
    void badSignatureLeafIsInvalid() {
        PkixValidation result = validate(CertificateProfile.BAD_SIGNATURE);
        assertThat(result.valid()).isFalse();
        assertThat(result.reason()).isNotBlank();
    }

    @Test
    void missingIntermediateIsInvalidNamingTheAbsentIssuer() {
        PkixValidation result = validate(CertificateProfile.MISSING_INTERMEDIATE);
        assertThat(result.valid()).isFalse();
        assertThat(result.reason()).contains("issued by CN=" + TestPki.INTERMEDIATE_NAME).contains("not sent");
    }

    @Test
    void wrongHostIsPkixValidBecauseNamesAreAnotherFact() {
        assertThat(validate(CertificateProfile.WRONG_HOST).valid()).isTrue();
    }

    @Test
    void chainSentOutOfOrderIsInvalid() {
        var chain = pki.issue(CertificateProfile.VALID, HOST).chain();
        PkixValidation result = validator.validate(List.of(chain.get(1), chain.get(0)), testRoot, Instant.now());
        assertThat(result.valid()).isFalse();
    }

    @Test
    void emptyChainIsNoCertificatePresented() {
        PkixValidation result = validator.validate(List.of(), testRoot, Instant.now());
        assertThat(result.valid()).isFalse();
        assertThat(result.reason()).isEqualTo("no certificate presented");
    }

    @Test
    void noAnchorsMeansNothingValidates() {
        PkixValidation result = validator.validate(pki.issue(CertificateProfile.VALID, HOST).chain(), TrustAnchors.none(),
                Instant.now());
        assertThat(result.valid()).isFalse();
        assertThat(result.reason()).isEqualTo("no trust anchors configured");
    }

    @Test
    void jdkDefaultsDoNotTrustTheTestRoot() {
        PkixValidation result = validator.validate(pki.issue(CertificateProfile.VALID, HOST).chain(),
                TrustAnchors.jdkDefaults(), Instant.now());
        assertThat(result.valid()).isFalse();
        assertThat(result.reason()).contains("trust anchor");
    }
}
