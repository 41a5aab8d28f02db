package org.mtainterop.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.PemCodec;
import org.mtainterop.pki.TestPki;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CertificateAnalyzerTest {
    private static final String HOST = "mx.example.test";
    private final TestPki pki = TestPki.generate();
    private final TrustAnchors testRoot = TrustAnchors.none().withCertificate(pki.rootCertificate());
    private final CertificateAnalyzer analyzer = new CertificateAnalyzer();

    @Test
    void validChainGivesValidFactsThroughout() {
        var chain = pki.issue(CertificateProfile.VALID, HOST).chain();
        Instant at = Instant.now();

        CertificateFacts facts = analyzer.analyze(chain, HOST, testRoot, at);

        assertThat(facts.pkix().valid()).isTrue();
        assertThat(facts.nameMatch().matched()).isTrue();
        assertThat(facts.nameMatch().matchedBy()).isEqualTo("SAN dNSName " + HOST);
        assertThat(facts.chain()).extracting(CertificateSummary::subject)
                .containsExactly("CN=" + HOST, "CN=" + TestPki.INTERMEDIATE_NAME);
        assertThat(facts.leaf().subject()).isEqualTo("CN=" + HOST);
        assertThat(facts.signatureAlgorithms()).containsExactly("SHA256withECDSA", "SHA256withECDSA");
        assertThat(PemCodec.parseCertificates(facts.chainPem(), "facts")).isEqualTo(chain);
        assertThat(facts.trustDescription()).isEqualTo(testRoot.describe());
        assertThat(facts.checkedAt()).isEqualTo(at);
        assertThat(facts.readable()).contains("PKIX:        valid", "#0 leaf", "#1 sent by server",
                "CN=" + TestPki.INTERMEDIATE_NAME, "matched by SAN dNSName " + HOST);
    }

    @Test
    void wrongHostIsTrustedButNotMatched() {
        CertificateFacts facts = analyzer.analyze(pki.issue(CertificateProfile.WRONG_HOST, HOST).chain(), HOST, testRoot,
                Instant.now());
        assertThat(facts.pkix().valid()).isTrue();
        assertThat(facts.nameMatch().matched()).isFalse();
        assertThat(facts.nameMatch().presentedNames()).containsExactly(TestPki.WRONG_HOST_NAME);
    }

    @Test
    void sha1ChainListsEverySignatureAlgorithmAsSent() {
        CertificateFacts facts = analyzer.analyze(pki.issue(CertificateProfile.SHA1_SIGNED, HOST).chain(), HOST, testRoot,
                Instant.now());
        assertThat(facts.signatureAlgorithms()).containsExactly("SHA1withECDSA", "SHA256withECDSA");
    }

    @Test
    void noCertificateIsAFactToo() {
        CertificateFacts facts = analyzer.analyze(List.of(), HOST, testRoot, Instant.now());
        assertThat(facts.certificatePresented()).isFalse();
        assertThat(facts.pkix().reason()).isEqualTo("no certificate presented");
        assertThat(facts.nameMatch().matched()).isFalse();
        assertThat(facts.chainPem()).isEmpty();
        assertThat(facts.readable()).contains("no certificate presented");
        assertThatThrownBy(facts::leaf).isInstanceOf(IllegalStateException.class);
    }
}
