package org.mtainterop.policy.checks.dane;

import static org.mtainterop.dane.TlsaMatchingType.FULL;
import static org.mtainterop.dane.TlsaMatchingType.SHA2_256;
import static org.mtainterop.dane.TlsaSelector.SPKI;
import static org.mtainterop.dane.TlsaUsage.DANE_EE;
import static org.mtainterop.dane.TlsaUsage.DANE_TA;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertBroken;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertFailed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertPassed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertSkipped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mtainterop.dane.ChainKeyType;
import org.mtainterop.dane.DaneChainFacts;
import org.mtainterop.dane.MxDaneChains;
import org.mtainterop.dane.PresentedChain;
import org.mtainterop.dane.TlsaAssociation;
import org.mtainterop.dane.TlsaMatcher;
import org.mtainterop.dns.DnssecStatus;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.IssuedCredential;
import org.mtainterop.pki.TestPki;

/** DANE-02 and DANE-04 on facts built from real certificates of the test PKI: a pass and each failure reason. */
class DaneChainChecksTest {
    private static final String MX = "mx.dane.test";
    private static TestPki pki;
    private static IssuedCredential valid;
    private static IssuedCredential other;

    @BeforeAll
    static void pki() {
        pki = TestPki.generate();
        valid = pki.issue(CertificateProfile.VALID, MX);
        other = pki.issue(CertificateProfile.VALID, "next.dane.test");
    }

    private static PresentedChain chain(String address, IssuedCredential presented, List<TlsaAssociation> tlsa) {
        return new PresentedChain(MX, address, ChainKeyType.ECDSA, true, presented.chain(),
                Optional.of(new TlsaMatcher().authenticate(tlsa, presented.chain(), List.of(MX), Instant.now())), "");
    }

    private static DaneChainFacts facts(DnssecStatus status, List<TlsaAssociation> tlsa, PresentedChain... chains) {
        return new DaneChainFacts("dane.test", List.of(new MxDaneChains(MX, status, tlsa, List.of(chains))));
    }

    private static PresentedChain noRsaChain(String address) {
        return new PresentedChain(MX, address, ChainKeyType.RSA, true, List.of(), Optional.empty(),
                "no RSA chain: Received fatal alert: handshake_failure");
    }

    @Test
    void dane02PassesWhenEveryAddressIsAuthenticatedAndReportsRolloverReadiness() {
        List<TlsaAssociation> tlsa = List.of(TlsaAssociation.of(DANE_EE, SPKI, SHA2_256, valid.leaf()),
                TlsaAssociation.of(DANE_EE, SPKI, SHA2_256, other.leaf()));
        assertPassed(new TlsaMatchesEveryChainCheck().judge(facts(DnssecStatus.SECURE, tlsa,
                        chain("192.0.2.25", valid, tlsa), chain("2001:db8::25", valid, tlsa), noRsaChain("192.0.2.25"))),
                "every chain presented is authenticated", "[2001:db8::25] ECDSA", "rollover-ready",
                "1 usable record(s) match no key in use");
    }

    @Test
    void dane02ReportsASingleMatchingRecordAsNotRolloverReady() {
        List<TlsaAssociation> tlsa = List.of(TlsaAssociation.of(DANE_EE, SPKI, SHA2_256, valid.leaf()));
        assertPassed(new TlsaMatchesEveryChainCheck().judge(facts(DnssecStatus.SECURE, tlsa, chain("192.0.2.25", valid, tlsa))),
                "not rollover-ready");
    }

    @Test
    void dane02FailsWhenOneAddressPresentsAnotherChain() {
        List<TlsaAssociation> tlsa = List.of(TlsaAssociation.of(DANE_EE, SPKI, SHA2_256, valid.leaf()));
        assertFailed(new TlsaMatchesEveryChainCheck().judge(facts(DnssecStatus.SECURE, tlsa,
                        chain("192.0.2.25", valid, tlsa), chain("2001:db8::25", other, tlsa))),
                "[2001:db8::25] ECDSA", "matches no certificate sent");
    }

    @Test
    void dane02IsBrokenWhenAnAddressCannotBeReachedAndSkippedWithoutSecureTlsa() {
        List<TlsaAssociation> tlsa = List.of(TlsaAssociation.of(DANE_EE, SPKI, SHA2_256, valid.leaf()));
        PresentedChain unreachable = new PresentedChain(MX, "2001:db8::25", ChainKeyType.ECDSA, false, List.of(),
                Optional.empty(), "connection refused");
        assertBroken(new TlsaMatchesEveryChainCheck().judge(facts(DnssecStatus.SECURE, tlsa,
                chain("192.0.2.25", valid, tlsa), unreachable)), "connection refused");
        assertSkipped(new TlsaMatchesEveryChainCheck().judge(facts(DnssecStatus.INSECURE, tlsa)), "DANE does not apply");
        assertSkipped(new TlsaMatchesEveryChainCheck().judge(facts(DnssecStatus.SECURE, List.of())), "DANE does not apply");
    }

    @Test
    void dane04PassesWhenTheAnchorIsSentAndFailsWhenOnlyItsKeyIsPublished() {
        List<TlsaAssociation> sent = List.of(TlsaAssociation.of(DANE_TA, SPKI, SHA2_256, valid.chain().get(1)));
        assertPassed(new DaneTaAnchorSentCheck().judge(facts(DnssecStatus.SECURE, sent, chain("192.0.2.25", valid, sent))),
                "matches depth 1");
        List<TlsaAssociation> rootKey = List.of(TlsaAssociation.of(DANE_TA, SPKI, FULL, valid.trustedRoot()));
        assertFailed(new DaneTaAnchorSentCheck().judge(facts(DnssecStatus.SECURE, rootKey, chain("192.0.2.25", valid, rootKey))),
                "not in the chain sent", "anchor not sent");
        List<TlsaAssociation> root = List.of(TlsaAssociation.of(DANE_TA, SPKI, SHA2_256, valid.trustedRoot()));
        assertFailed(new DaneTaAnchorSentCheck().judge(facts(DnssecStatus.SECURE, root, chain("192.0.2.25", valid, root))),
                "matches no certificate sent");
    }

    @Test
    void dane04IsSkippedWithoutDaneTaRecords() {
        List<TlsaAssociation> ee = new ArrayList<>(List.of(TlsaAssociation.of(DANE_EE, SPKI, SHA2_256, valid.leaf())));
        assertSkipped(new DaneTaAnchorSentCheck().judge(facts(DnssecStatus.SECURE, ee, chain("192.0.2.25", valid, ee))),
                "no secure TLSA RRset");
    }
}
