package org.mtainterop.policy.checks.dane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtainterop.dns.DnssecStatus.BOGUS;
import static org.mtainterop.dns.DnssecStatus.INSECURE;
import static org.mtainterop.dns.DnssecStatus.NO_ANSWER;
import static org.mtainterop.dns.DnssecStatus.SECURE;
import static org.mtainterop.dns.DnssecStatus.SERVFAIL;
import static org.mtainterop.policy.checks.dane.DomainDnsFixture.domain;
import static org.mtainterop.policy.checks.dane.DomainDnsFixture.tlsa;

import org.junit.jupiter.api.Test;
import org.mtainterop.dns.ValidationMode;
import org.mtainterop.observation.DomainObservations;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.mtainterop.report.EnglishLeftovers;
import org.mtainterop.report.ReportLanguage;

/** DANE-01 and DANE-03 on hand-written DNS facts: a pass and each way to fail, not apply or not be judged. */
class DaneDomainChecksTest {
    private final DaneRecordsValidateCheck dane01 = new DaneRecordsValidateCheck();
    private final NoPkixTlsaUsagesCheck dane03 = new NoPkixTlsaUsagesCheck();

    @Test
    void bothNeedOnlyTheDnsRecords() {
        assertThat(dane01.needs()).containsExactly(DomainObservations.DNS_RECORDS);
        assertThat(dane03.needs()).containsExactly(DomainObservations.DNS_RECORDS);
    }

    @Test
    void dane01PassesWithSecureMxTlsaAndAddresses() {
        Verdict v = dane01.judge(domain("example.test").host("mx1", SECURE, SECURE, tlsa(3, 1, 1))
                .host("mx2", SECURE, SECURE).facts());
        assertThat(v.outcome()).as(v.message()).isEqualTo(Outcome.PASSED);
        assertThat(v.message()).contains("mx1.example.test (1 TLSA)", "no TLSA at mx2.example.test");
    }

    @Test
    void dane01FailsOnABogusTlsaRRset() {
        Verdict v = dane01.judge(domain("example.test").host("mx1", SECURE, BOGUS).facts());
        assertThat(v.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(v.message()).contains("_25._tcp.mx1.example.test.", "bogus (signature expired)", "defer");
    }

    @Test
    void dane01FailsOnABogusMxRRset() {
        Verdict v = dane01.judge(domain("example.test").mx(BOGUS).facts());
        assertThat(v.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(v.message()).contains("MX RRset of example.test is bogus");
    }

    @Test
    void dane01FailsOnSecureTlsaUnderAnInsecureMxOrInsecureAddresses() {
        Verdict underInsecureMx = dane01.judge(domain("example.test").mx(INSECURE).host("mx1", SECURE, SECURE, tlsa(3, 1, 1)).facts());
        assertThat(underInsecureMx.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(underInsecureMx.message()).contains("MX RRset of example.test is insecure", "never look it up");
        Verdict insecureA = dane01.judge(domain("example.test").host("mx1", INSECURE, SECURE, tlsa(3, 1, 1)).facts());
        assertThat(insecureA.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(insecureA.message()).contains("A RRset of mx1.example.test is insecure");
    }

    @Test
    void dane01FailsOnTlsaPublishedInAnUnsignedZone() {
        Verdict v = dane01.judge(domain("example.test").host("mx1", INSECURE, INSECURE, tlsa(3, 1, 1)).facts());
        assertThat(v.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(v.message()).contains("published but insecure");
    }

    @Test
    void dane01IsNotApplicableWithoutAnyTlsa() {
        Verdict insecure = dane01.judge(domain("example.test").mx(INSECURE).host("mx1", INSECURE, INSECURE).facts());
        assertThat(insecure.outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(insecure.message()).contains("not applicable", "MX RRset insecure");
        Verdict secureDenial = dane01.judge(domain("example.test").host("mx1", SECURE, SECURE).facts());
        assertThat(secureDenial.outcome()).isEqualTo(Outcome.SKIPPED);
    }

    @Test
    void dane01DoesNotJudgeAServfailOrNoAnswerNeverCallingItNoTlsa() {
        Verdict tlsaServfail = dane01.judge(domain("example.test").host("mx1", SECURE, SERVFAIL).facts());
        assertThat(tlsaServfail.outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(tlsaServfail.message()).startsWith(Verdict.COULD_NOT_TEST).contains("servfail (resolver SERVFAIL)");
        Verdict mxTimeout = dane01.judge(domain("example.test").mx(NO_ANSWER).facts());
        assertThat(mxTimeout.outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(mxTimeout.message()).contains("MX lookup of example.test gave no answer");
        Verdict addressTimeout = dane01.judge(domain("example.test").host("mx1", NO_ANSWER, SECURE, tlsa(3, 1, 1)).facts());
        assertThat(addressTimeout.outcome()).isEqualTo(Outcome.BROKEN);
    }

    @Test
    void theLookupsReasonIsQuotedInTheRunsLanguage() {
        Verdict bogus = dane01.judge(domain("example.test").mx(BOGUS).mxSaid(Reason.of("Dns.noReason")).facts());
        assertThat(bogus.message()).contains("is bogus (the validator rejected the answer (no reason given))");
        String french = bogus.reason().render(ReportLanguage.FR);
        assertThat(french).contains("(le validateur a rejeté la réponse (sans dire pourquoi))");
        assertThat(EnglishLeftovers.in(french)).as(french).isEmpty();
        Verdict timeout = dane01.judge(domain("example.test").mx(NO_ANSWER).mxSaid(Reason.of("Dns.deadline", 5000L)).facts());
        assertThat(timeout.message()).contains("no answer within the lookup deadline of 5000 ms");
        assertThat(timeout.reason().render(ReportLanguage.FR)).contains("pas de réponse dans le délai de requête de 5000 ms");
    }

    /** The DNSSEC status a verdict quotes is in the run's language: "insecure", « non sécurisé ». */
    @Test
    void theDnssecStatusIsQuotedInTheRunsLanguage() {
        Verdict insecure = dane01.judge(domain("example.test").mx(INSECURE).host("mx1", INSECURE, INSECURE).facts());
        assertThat(insecure.message()).contains("MX RRset insecure");
        String french = insecure.reason().render(ReportLanguage.FR);
        assertThat(french).contains("RRset MX non sécurisé").doesNotContain("insecure");
        assertThat(EnglishLeftovers.in(french)).as(french).isEmpty();
    }

    @Test
    void aFailureElsewhereWinsOverAnUnjudgedHost() {
        Verdict v = dane01.judge(domain("example.test").host("mx1", SECURE, BOGUS).host("mx2", SECURE, SERVFAIL).facts());
        assertThat(v.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(v.message()).contains("also not judged", "mx2");
    }

    @Test
    void theAdBitModeIsSaidInTheVerdict() {
        Verdict v = dane01.judge(domain("example.test").mode(ValidationMode.RESOLVER_AD_BIT)
                .host("mx1", SECURE, SECURE, tlsa(3, 1, 1)).facts());
        assertThat(v.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(v.message()).contains("resolver's AD bit", "--trust-anchor");
    }

    @Test
    void dane03PassesWithDaneUsagesOnly() {
        Verdict v = dane03.judge(domain("example.test").host("mx1", SECURE, SECURE, tlsa(3, 1, 1), tlsa(2, 1, 1)).facts());
        assertThat(v.outcome()).as(v.message()).isEqualTo(Outcome.PASSED);
        assertThat(v.message()).contains("3 1 1 000000000000…", "2 1 1");
    }

    @Test
    void dane03FailsOnPkixUsagesSayingWhenNothingIsUsable() {
        Verdict mixed = dane03.judge(domain("example.test").host("mx1", SECURE, SECURE, tlsa(3, 1, 1), tlsa(1, 0, 1)).facts());
        assertThat(mixed.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(mixed.message()).contains("1 of 2 TLSA records", "1 0 1").doesNotContain("no record is usable");
        Verdict onlyPkix = dane03.judge(domain("example.test").host("mx1", SECURE, SECURE, tlsa(0, 0, 1)).facts());
        assertThat(onlyPkix.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(onlyPkix.message()).contains("no record is usable", "RFC 7672 section 3.1.3");
    }

    @Test
    void dane03IsNotApplicableWithoutTlsaAndNotJudgedOnAFailedLookup() {
        assertThat(dane03.judge(domain("example.test").host("mx1", SECURE, SECURE).facts()).outcome())
                .isEqualTo(Outcome.SKIPPED);
        assertThat(dane03.judge(domain("example.test").host("mx1", SECURE, BOGUS).facts()).outcome())
                .isEqualTo(Outcome.BROKEN);
        assertThat(dane03.judge(domain("example.test").mx(SERVFAIL).facts()).outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(dane03.judge(domain("example.test").mx(BOGUS).facts()).outcome()).isEqualTo(Outcome.BROKEN);
    }
}
