package org.mtainterop.dane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtainterop.dane.TlsaMatchingType.FULL;
import static org.mtainterop.dane.TlsaMatchingType.SHA2_256;
import static org.mtainterop.dane.TlsaMatchingType.SHA2_512;
import static org.mtainterop.dane.TlsaSelector.CERT;
import static org.mtainterop.dane.TlsaSelector.SPKI;
import static org.mtainterop.dane.TlsaUsage.DANE_EE;
import static org.mtainterop.dane.TlsaUsage.DANE_TA;
import static org.mtainterop.dane.TlsaUsage.PKIX_EE;
import static org.mtainterop.dane.TlsaUsage.PKIX_TA;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtainterop.dane.DaneAuthentication.Outcome;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.IssuedCredential;
import org.mtainterop.pki.TestPki;

/** TLSA matching on certificates made at test time by the test PKI (leaf, intermediate sent; root not sent). */
class TlsaMatcherTest {
    private static final String MX = "mx.dane.test";
    private static final List<String> NAMES = List.of(MX, "mx.dane.test");
    private static TestPki pki;
    private static IssuedCredential valid;
    private final TlsaMatcher matcher = new TlsaMatcher();

    @BeforeAll
    static void pki() {
        pki = TestPki.generate();
        valid = pki.issue(CertificateProfile.VALID, MX);
    }

    private DaneAuthentication authenticate(List<X509Certificate> chain, TlsaAssociation... records) {
        return matcher.authenticate(List.of(records), chain, NAMES, Instant.now());
    }

    private static X509Certificate leaf() {
        return valid.chain().get(0);
    }

    private static X509Certificate intermediate() {
        return valid.chain().get(1);
    }

    @ParameterizedTest
    @EnumSource(TlsaMatchingType.class)
    void daneEeMatchesTheLeafByCertificateOrKeyWithEveryMatchingType(TlsaMatchingType type) {
        for (TlsaSelector selector : TlsaSelector.values()) {
            DaneAuthentication result = authenticate(valid.chain(), TlsaAssociation.of(DANE_EE, selector, type, leaf()));
            assertThat(result.outcome()).as(selector + " " + type).isEqualTo(Outcome.AUTHENTICATED);
            assertThat(result.authenticatedBy().orElseThrow().matchingDepths()).containsExactly(0);
        }
    }

    @Test
    void daneEeIgnoresNameAndExpiry() {
        IssuedCredential odd = pki.issue(CertificateProfile.EXPIRED_SELF_SIGNED_WRONG_HOST, MX);
        assertThat(odd.leaf().getNotAfter().toInstant()).isBefore(Instant.now());
        DaneAuthentication result = authenticate(odd.chain(), TlsaAssociation.of(DANE_EE, SPKI, SHA2_256, odd.leaf()));
        assertThat(result.authenticated()).isTrue();
        assertThat(result.summary()).contains("neither name nor validity dates");
    }

    @Test
    void daneEeMatchingOnlyTheIntermediateDoesNotAuthenticate() {
        DaneAuthentication result = authenticate(valid.chain(), TlsaAssociation.of(DANE_EE, SPKI, SHA2_256, intermediate()));
        assertThat(result.outcome()).isEqualTo(Outcome.NOT_AUTHENTICATED);
        assertThat(result.records().get(0).matchingDepths()).containsExactly(1);
        assertThat(result.records().get(0).explanation()).contains("applies to the leaf only");
    }

    @Test
    void daneTaMatchesTheIntermediateSentAndChecksTheName() {
        for (TlsaSelector selector : TlsaSelector.values()) {
            for (TlsaMatchingType type : TlsaMatchingType.values()) {
                DaneAuthentication result = authenticate(valid.chain(), TlsaAssociation.of(DANE_TA, selector, type, intermediate()));
                assertThat(result.outcome()).as(selector + " " + type + ": " + result.summary()).isEqualTo(Outcome.AUTHENTICATED);
                TlsaRecordComparison by = result.authenticatedBy().orElseThrow();
                assertThat(by.matchingDepths()).containsExactly(1);
                assertThat(by.anchorSent()).isTrue();
                assertThat(by.explanation()).contains("depth 1").contains(MX + " matched by SAN dNSName " + MX);
            }
        }
    }

    @Test
    void daneTaFailsWhenTheLeafNamesAnotherHost() {
        IssuedCredential wrong = pki.issue(CertificateProfile.WRONG_HOST, MX);
        DaneAuthentication result = authenticate(wrong.chain(), TlsaAssociation.of(DANE_TA, SPKI, SHA2_256, wrong.chain().get(1)));
        assertThat(result.outcome()).isEqualTo(Outcome.NOT_AUTHENTICATED);
        assertThat(result.records().get(0).explanation()).contains("reference identifiers").contains(TestPki.WRONG_HOST_NAME);
    }

    @Test
    void daneTaAcceptsTheTlsaBaseDomainAsReferenceIdentifier() {
        IssuedCredential wrong = pki.issue(CertificateProfile.WRONG_HOST, MX);
        DaneAuthentication result = matcher.authenticate(
                List.of(TlsaAssociation.of(DANE_TA, SPKI, SHA2_256, wrong.chain().get(1))), wrong.chain(),
                List.of(MX, TestPki.WRONG_HOST_NAME), Instant.now());
        assertThat(result.authenticated()).as(result.summary()).isTrue();
    }

    @Test
    void daneTaFailsOnAnExpiredLeaf() {
        IssuedCredential expired = pki.issue(CertificateProfile.EXPIRED, MX);
        DaneAuthentication result = authenticate(expired.chain(), TlsaAssociation.of(DANE_TA, CERT, SHA2_256, expired.chain().get(1)));
        assertThat(result.outcome()).isEqualTo(Outcome.NOT_AUTHENTICATED);
        assertThat(result.records().get(0).explanation()).contains("does not validate").contains("expired");
    }

    @Test
    void daneTaForARootThatIsNotSentMatchesNothingByDigest() {
        DaneAuthentication result = authenticate(valid.chain(), TlsaAssociation.of(DANE_TA, SPKI, SHA2_256, valid.trustedRoot()));
        assertThat(result.outcome()).isEqualTo(Outcome.NOT_AUTHENTICATED);
        assertThat(result.records().get(0).explanation()).contains("matches no certificate sent");
    }

    @Test
    void daneTaFullKeyOfARootNotSentVerifiesTheTopOfTheChain() {
        DaneAuthentication result = authenticate(valid.chain(), TlsaAssociation.of(DANE_TA, SPKI, FULL, valid.trustedRoot()));
        assertThat(result.authenticated()).as(result.summary()).isTrue();
        TlsaRecordComparison by = result.authenticatedBy().orElseThrow();
        assertThat(by.anchorKeyFromDns()).isTrue();
        assertThat(by.anchorSent()).isFalse();
        assertThat(by.explanation()).contains("anchor not sent");
    }

    @Test
    void daneTaFullKeyOfAnUnrelatedKeyDoesNotAuthenticate() {
        IssuedCredential other = pki.issue(CertificateProfile.UNTRUSTED_CA, MX);
        DaneAuthentication result = authenticate(valid.chain(), TlsaAssociation.of(DANE_TA, SPKI, FULL, other.chain().get(1)));
        assertThat(result.outcome()).isEqualTo(Outcome.NOT_AUTHENTICATED);
    }

    @Test
    void daneTaMatchingTheLeafIsNotATrustAnchor() {
        DaneAuthentication result = authenticate(valid.chain(), TlsaAssociation.of(DANE_TA, SPKI, SHA2_256, leaf()));
        assertThat(result.outcome()).isEqualTo(Outcome.NOT_AUTHENTICATED);
        assertThat(result.records().get(0).explanation()).contains("depth ≥ 1");
    }

    @Test
    void pkixUsagesAreUnusableForSmtpEvenWhenTheyMatch() {
        DaneAuthentication result = authenticate(valid.chain(),
                TlsaAssociation.of(PKIX_EE, SPKI, SHA2_256, leaf()), TlsaAssociation.of(PKIX_TA, CERT, SHA2_512, intermediate()));
        assertThat(result.outcome()).isEqualTo(Outcome.NO_USABLE_RECORDS);
        assertThat(result.records()).allSatisfy(r -> assertThat(r.unusable()).hasValueSatisfying(
                why -> assertThat(why).contains("unusable for SMTP")));
        assertThat(result.records().get(0).explanation()).contains("would match depth 0");
    }

    @Test
    void unknownParametersAndWrongDigestLengthsAreUnusable() {
        String digest = TlsaAssociation.of(DANE_EE, SPKI, SHA2_256, leaf()).data();
        DaneAuthentication result = authenticate(valid.chain(),
                new TlsaAssociation(4, 1, 1, digest), new TlsaAssociation(3, 2, 1, digest),
                new TlsaAssociation(3, 1, 3, digest), new TlsaAssociation(3, 1, 2, digest));
        assertThat(result.outcome()).isEqualTo(Outcome.NO_USABLE_RECORDS);
        assertThat(result.records()).extracting(r -> r.unusable().orElseThrow()).satisfiesExactly(
                a -> assertThat(a).contains("unknown certificate usage 4"),
                b -> assertThat(b).contains("unknown selector 2"),
                c -> assertThat(c).contains("unknown matching type 3"),
                d -> assertThat(d).contains("32 bytes, not 64"));
    }

    @Test
    void oneUsableRecordThatMatchesNothingMeansNotAuthenticated() {
        IssuedCredential other = pki.issue(CertificateProfile.VALID, "other.dane.test");
        DaneAuthentication result = authenticate(valid.chain(), TlsaAssociation.of(PKIX_EE, SPKI, SHA2_256, leaf()),
                TlsaAssociation.of(DANE_EE, SPKI, SHA2_256, other.leaf()));
        assertThat(result.outcome()).isEqualTo(Outcome.NOT_AUTHENTICATED);
        assertThat(result.summary()).contains("matches no certificate sent");
        assertThat(result.comparison()).contains("x 1 1 " + TlsaAssociation.of(DANE_EE, SPKI, SHA2_256, leaf()).data());
    }

    @Test
    void anyAuthenticatingRecordIsEnoughAndEachIsReported() {
        IssuedCredential other = pki.issue(CertificateProfile.VALID, "other.dane.test");
        DaneAuthentication result = authenticate(valid.chain(), TlsaAssociation.of(DANE_EE, SPKI, SHA2_256, other.leaf()),
                TlsaAssociation.of(DANE_TA, SPKI, SHA2_256, intermediate()));
        assertThat(result.authenticated()).isTrue();
        assertThat(result.records()).extracting(TlsaRecordComparison::authenticates).containsExactly(false, true);
    }

    @Test
    void noChainIsItsOwnOutcome() {
        DaneAuthentication result = authenticate(List.of(), TlsaAssociation.of(DANE_EE, SPKI, SHA2_256, leaf()));
        assertThat(result.outcome()).isEqualTo(Outcome.NO_CHAIN);
    }

    @Test
    void presentationFormatRoundTripsAndBadInputIsRefused() {
        TlsaAssociation record = TlsaAssociation.of(DANE_EE, SPKI, SHA2_256, leaf());
        assertThat(TlsaAssociation.parse(record.presentation())).isEqualTo(record);
        assertThat(TlsaAssociation.parse("3 1 1 " + record.data().substring(0, 10).toUpperCase() + " "
                + record.data().substring(10))).isEqualTo(record);
        assertThatThrownBy(() -> TlsaAssociation.parse("3 1 1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TlsaAssociation.parse("3 1 x ab")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TlsaAssociation.parse("3 1 1 abc")).hasMessageContaining("even number");
        assertThatThrownBy(() -> new TlsaAssociation(256, 1, 1, "ab")).hasMessageContaining("8-bit");
    }
}
