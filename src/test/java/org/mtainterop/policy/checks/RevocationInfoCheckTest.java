package org.mtainterop.policy.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtainterop.net.MailService.SMTP;
import static org.mtainterop.observation.Observations.SESSION_TICKETS;
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
import org.mtainterop.cert.StapledOcspResponse;
import org.mtainterop.cert.StapledOcspResponse.SignatureStatus;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.fixture.InboundFacts;
import org.mtainterop.policy.fixture.OcspStapleFixture;
import org.mtainterop.policy.fixture.SessionTicketFixture;
import org.mtainterop.probe.SessionTicketFacts;
import org.mtainterop.policy.fixture.TlsDialogueFixture;

/** CERT-05 on port 25, judged from the leaf of the chain the modern dialogue saw: each way to pass, each way to fail. */
class RevocationInfoCheckTest {
    private final RevocationInfoCheck check = new RevocationInfoCheck();

    private Verdict judge(Optional<List<String>> crl, Optional<List<String>> ocsp) {
        return InboundFacts.on(SMTP).with(TLS_DIALOGUE, dialogue().certificate(certificate()
                .leafRevocation(new CertificateRevocation(crl, ocsp)))).judgedBy(check);
    }

    @Test
    void readsTheDialogueAndTheCompleteHandshakes() {
        assertThat(check.requirementId()).isEqualTo("CERT-05");
        assertThat(check.needs(SMTP)).containsExactlyInAnyOrder(TLS_DIALOGUE, SESSION_TICKETS);
    }

    @Test
    void passesWithBothAndSaysWhichAndThatNothingWasStapled() {
        Verdict v = InboundFacts.on(SMTP).with(TLS_DIALOGUE, dialogue()).judgedBy(check);
        assertPassed(v, "the leaf names");
        assertThat(v.message()).isEqualTo("the leaf names a CRL distribution point URI (http://crl.example.test/issuing.crl)"
                + " and an OCSP responder URI (http://ocsp.example.test); no OCSP response stapled when asked"
                + " (status_request, RFC 6066 §8) in TLS 1.3 and TLS 1.2 (not a defect: stapling is optional; a verifier"
                + " then asks the responder or the CRL itself)");
    }

    @Test
    void passesWithAGoodStapleAndSaysWhoSignedItAndUntilWhen() {
        Verdict v = stapled(OcspStapleFixture.good());
        assertPassed(v, "TLS 1.2: a good OCSP response for the leaf stapled, signed by the leaf's issuer CN=Issuing CA,"
                + " valid until 2026-12-04T06:00:00Z");
        assertThat(v.message()).contains("no OCSP response stapled when asked (status_request, RFC 6066 §8) in TLS 1.3");
    }

    @Test
    void passesWithAGoodStapleWithoutNextUpdateAndSaysSo() {
        assertPassed(stapled(OcspStapleFixture.withoutNextUpdate()), "no nextUpdate: the responder says newer status");
    }

    @Test
    void failsOnAnExpiredStaple() {
        Verdict v = stapled(OcspStapleFixture.expired());
        assertFailed(v, "TLS 1.2: the stapled OCSP response has expired: nextUpdate 2026-12-01T06:00:00Z, received"
                + " 2026-12-03T06:00:00Z (RFC 6960 §3.2 (5), §4.2.2.1)");
        assertThat(v.message()).contains("the leaf names a CRL distribution point URI");
    }

    @Test
    void failsOnAStapleForAnotherCertificate() {
        assertFailed(stapled(OcspStapleFixture.forAnotherCertificate()), "the stapled OCSP response is for another"
                + " certificate (serial ff1ce), not for the leaf the server presents (RFC 6960 §3.2 (1); RFC 6066 §8)");
    }

    @Test
    void failsOnARevokedStaple() {
        assertFailed(stapled(OcspStapleFixture.revoked()), "says the leaf is revoked (since 2026-11-28T06:00:00Z)");
    }

    @Test
    void failsOnAStapleNotYetValid() {
        assertFailed(stapled(OcspStapleFixture.notYetValid()), "is not yet valid: thisUpdate 2026-12-03T08:00:00Z");
    }

    @Test
    void failsOnAStapleSignedByAnUnauthorisedResponderOrBadlySigned() {
        assertFailed(stapled(OcspStapleFixture.signedBy(SignatureStatus.UNAUTHORISED_SIGNER, "responder CN=ocsp is"
                + " certified by CN=other root, not by the leaf's issuer CN=Issuing CA")), "is not signed by the leaf's"
                + " issuer or a responder it delegated (RFC 6960 §3.2 (2), (3), §4.2.2.2): unauthorised signer, responder"
                + " CN=ocsp is certified by CN=other root");
        assertFailed(stapled(OcspStapleFixture.signedBy(SignatureStatus.INVALID, "does not verify with the key of the"
                + " leaf's issuer CN=Issuing CA")), "invalid, does not verify");
        assertFailed(stapled(OcspStapleFixture.signedBy(SignatureStatus.NOT_VERIFIED, "the server did not present the"
                + " leaf's issuer")), "not verified, the server did not present the leaf's issuer");
    }

    @Test
    void failsOnAStapleThatIsNotSuccessful() {
        assertFailed(stapled(OcspStapleFixture.tryLater()), "has responseStatus tryLater and carries no certificate status");
    }

    @Test
    void staplingIsNotTestedWhenNoCompleteHandshakeAskedForIt() {
        SessionTicketFacts none = new SessionTicketFacts(Optional.empty(), false,
                SessionTicketFacts.Handshake.failed("TLS 1.3", "alert 40"),
                SessionTicketFacts.Handshake.failed("TLS 1.2", "alert 40"), Optional.empty(), Optional.of(org.mtainterop.policy.Reason.fact("no TLS 1.3")));
        Verdict v = InboundFacts.on(SMTP).with(TLS_DIALOGUE, dialogue()).with(SESSION_TICKETS, none).judgedBy(check);
        assertPassed(v, "OCSP stapling not tested (no complete handshake asked for it: alert 40)");
    }

    private Verdict stapled(StapledOcspResponse response) {
        SessionTicketFacts facts = SessionTicketFixture.of(SessionTicketFixture.tls13(List.of(3600L), List.of()),
                SessionTicketFixture.tls12(List.of(3600L), Optional.of(response)), null);
        return InboundFacts.on(SMTP).with(TLS_DIALOGUE, dialogue()).with(SESSION_TICKETS, facts).judgedBy(check);
    }

    @Test
    void passesWithACrlDistributionPointOnly() {
        Verdict v = judge(Optional.of(List.of("http://crl.example.test/a.crl")), Optional.empty());
        assertPassed(v, "a CRL distribution point URI (http://crl.example.test/a.crl); no OCSP response stapled");
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
        assertThat(v.message()).contains("observed: no cRLDistributionPoints, no authorityInfoAccess; no OCSP response"
                + " stapled when asked").contains("RFC 5280 §4.2.1.13");
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
