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

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mtainterop.cert.CertificateRevocation;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.fixture.InboundFacts;
import org.mtainterop.policy.fixture.TlsDialogueFixture;

/** CERT-05 on port 25, judged from the leaf of the chain the modern dialogue saw: each way to pass, each way to fail. */
class RevocationInfoCheckTest {
    private final RevocationInfoCheck check = new RevocationInfoCheck();

    private Verdict judge(Optional<List<String>> crl, Optional<List<String>> ocsp) {
        return InboundFacts.on(SMTP).with(TLS_DIALOGUE, dialogue().certificate(certificate()
                .leafRevocation(new CertificateRevocation(crl, ocsp)))).judgedBy(check);
    }

    @Test
    void readsTheDialogueOnly() {
        assertThat(check.requirementId()).isEqualTo("CERT-05");
        assertThat(check.needs(SMTP)).containsExactly(TLS_DIALOGUE);
    }

    @Test
    void passesWithBothAndSaysWhichAndThatStaplingIsNotMeasured() {
        Verdict v = InboundFacts.on(SMTP).with(TLS_DIALOGUE, dialogue()).judgedBy(check);
        assertPassed(v, "the leaf names");
        assertThat(v.message()).isEqualTo("the leaf names a CRL distribution point URI (http://crl.example.test/issuing.crl)"
                + " and an OCSP responder URI (http://ocsp.example.test); OCSP stapling (status_request, RFC 6066 §8):"
                + " not judged (the session-tickets evidence records whether the server stapled)");
    }

    @Test
    void passesWithACrlDistributionPointOnly() {
        Verdict v = judge(Optional.of(List.of("http://crl.example.test/a.crl")), Optional.empty());
        assertPassed(v, "a CRL distribution point URI (http://crl.example.test/a.crl); OCSP stapling");
        assertThat(v.message()).doesNotContain("OCSP responder");
    }

    @Test
    void passesWithAnOcspResponderOnly() {
        Verdict v = judge(Optional.empty(), Optional.of(List.of("http://ocsp.example.test")));
        assertPassed(v, "the leaf names an OCSP responder URI (http://ocsp.example.test)");
        assertThat(v.message()).doesNotContain("CRL distribution point URI");
    }

    @Test
    void failsWithNeitherExtension() {
        Verdict v = judge(Optional.empty(), Optional.empty());
        assertFailed(v, "the leaf names no CRL distribution point URI and no OCSP responder URI");
        assertThat(v.message()).contains("observed: no cRLDistributionPoints, no authorityInfoAccess; OCSP stapling"
                + " (status_request, RFC 6066 §8): not judged").contains("RFC 5280 §4.2.1.13");
    }

    /** A directoryName distribution point (LDAP-era) and an AIA with caIssuers only give a client nothing to fetch. */
    @Test
    void failsWhenTheExtensionsNameNoUri() {
        Verdict v = judge(Optional.of(List.of("(directoryName)")), Optional.of(List.of()));
        assertFailed(v, "observed: CRL distribution points ((directoryName)), authorityInfoAccess without an OCSP responder");
    }

    @Test
    void judgesTheLeafSeenInAFailedHandshake() {
        assertFailed(judge(dialogue().handshakeFailed("Received fatal alert: bad_certificate").certificate(certificate()
                .leafRevocation(CertificateRevocation.NONE))), "no cRLDistributionPoints, no authorityInfoAccess");
    }

    @Test
    void withoutStarttlsThereIsNoCertificateToJudge() {
        assertSkipped(judge(dialogue().withoutStarttls().withoutCertificate()),
                "needs TLS, but the server does not advertise STARTTLS");
    }

    @Test
    void aCompletedHandshakeWithoutACertificateCouldNotBeTested() {
        assertBroken(judge(dialogue().withoutCertificate()), "the server presented no certificate");
    }

    private Verdict judge(TlsDialogueFixture dialogue) {
        return InboundFacts.on(SMTP).with(TLS_DIALOGUE, dialogue).judgedBy(check);
    }
}
