package org.mtainterop.policy.mtasts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtainterop.policy.mtasts.MtaStsFactsFixture.POLICY;
import static org.mtainterop.policy.mtasts.MtaStsFactsFixture.compliant;

import org.junit.jupiter.api.Test;
import org.mtainterop.dns.DnssecStatus;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.mtasts.PolicyFetch;
import org.mtainterop.report.EnglishLeftovers;
import org.mtainterop.report.ReportLanguage;

/** MTASTS-01..03 and TLSRPT-01 judged on hand-written publication facts: a pass and each failure reason. */
class MtaStsChecksTest {
    final MtaStsRecordCheck record = new MtaStsRecordCheck();
    final MtaStsPolicyFetchCheck fetch = new MtaStsPolicyFetchCheck();
    final MtaStsPolicyCheck policy = new MtaStsPolicyCheck();
    final TlsRptRecordCheck tlsRpt = new TlsRptRecordCheck();

    @Test
    void aCompliantPublicationPassesEveryCheck() {
        var facts = compliant().build();
        assertThat(record.judge(facts)).extracting(Verdict::outcome).isEqualTo(Outcome.PASSED);
        assertThat(fetch.judge(facts).message()).startsWith("https://mta-sts.example.test/.well-known/mta-sts.txt: 200");
        assertThat(policy.judge(facts).outcome()).isEqualTo(Outcome.PASSED);
        assertThat(policy.judge(facts).message()).contains("mx1.example.test ~ mx1.example.test")
                .contains("a.mx.example.test ~ *.mx.example.test");
        assertThat(tlsRpt.judge(facts).message()).isEqualTo("one record, reports to mailto:tlsrpt@example.test");
        assertThat(record.needs()).containsExactly(org.mtainterop.observation.DomainObservations.MTA_STS);
    }

    @Test
    void mtasts01() {
        assertThat(record.judge(compliant().sts("v=spf1 -all").build()).outcome()).isEqualTo(Outcome.SKIPPED);
        assertFailed(record.judge(compliant().sts("v=STSv1; id=1", "v=STSv1; id=2").build()),
                "2 TXT records at _mta-sts.example.test. begin with v=STSv1");
        assertFailed(record.judge(compliant().sts("v=STSv1; id=2026-12-02").build()),
                "id '2026-12-02': only letters and digits are allowed (RFC 8461 §3.1)");
        assertThat(record.judge(compliant().stsStatus(DnssecStatus.NO_ANSWER).build()).outcome())
                .isEqualTo(Outcome.BROKEN);
        assertFailed(record.judge(compliant().stsStatus(DnssecStatus.BOGUS).build()), "DNSSEC-bogus");
    }

    @Test
    void mtasts01ComparesTheIdWithThePreviousRun() {
        String changed = POLICY.replace("mode: enforce", "mode: testing");
        assertFailed(record.judge(compliant().previous("20261202T1700", changed).build()),
                "the policy changed since 2026-11-01T00:00:00Z");
        assertFailed(record.judge(compliant().previous("20261101", POLICY).build()),
                "the id changed since 2026-11-01T00:00:00Z ('20261101' -> '20261202T1700') but the policy is the same");
        assertThat(record.judge(compliant().previous("20261101", changed).build()).message())
                .contains("a new id for a changed policy");
        assertThat(record.judge(compliant().previous("20261202T1700", POLICY).build()).message())
                .contains("the same id and policy");
        // the order of lines and the case of names are no change
        assertThat(record.judge(compliant().previous("20261202T1700", "max_age: 86400\nmx: *.MX.example.test\n"
                + "mx: mx1.example.test\nmode: enforce\nversion: STSv1\n").build()).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void mtasts02() {
        assertFailed(fetch.judge(compliant().redirect("https://www.example.test/mta-sts.txt").build()),
                "a redirect (HTTP/1.1 301 X to https://www.example.test/mta-sts.txt), which senders never follow");
        assertFailed(fetch.judge(compliant().response(200, "text/html", POLICY).build()),
                "Content-Type 'text/html', not text/plain");
        assertFailed(fetch.judge(compliant().response(200, null, POLICY).build()), "no Content-Type");
        assertFailed(fetch.judge(compliant().response(404, "text/plain", "").build()), "status 404");
        assertFailed(fetch.judge(compliant().bodyTooLarge().build()), "larger than 64 KiB");
        assertFailed(fetch.judge(compliant().policyCertificate(false, true).build()),
                "the certificate does not validate (certificate expired on 2026-01-01)");
        assertFailed(fetch.judge(compliant().policyCertificate(true, false).build()),
                "the certificate is not for mta-sts.example.test");
        assertFailed(fetch.judge(compliant().stoppedAt(PolicyFetch.Stage.RESPONSE_FAILED, false).build()),
                "not valid HTTP");
        assertThat(fetch.judge(compliant().stoppedAt(PolicyFetch.Stage.RESPONSE_FAILED, true).build()).outcome())
                .isEqualTo(Outcome.BROKEN);
        assertThat(fetch.judge(compliant().stoppedAt(PolicyFetch.Stage.CONNECT_FAILED, false).build()).outcome())
                .isEqualTo(Outcome.BROKEN);
        assertThat(fetch.judge(compliant().response(200, "text/plain; charset=us-ascii", POLICY).build()).outcome())
                .isEqualTo(Outcome.PASSED);
        assertThat(fetch.judge(compliant().sts().build()).outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(fetch.judge(compliant().sts("v=STSv1; id=1", "v=STSv1; id=2").build()).message())
                .contains("no usable MTA-STS record").contains("senders fetch no policy");
    }

    @Test
    void mtasts03() {
        assertFailed(policy.judge(compliant().mx("mx1.example.test", "backup.example.test").build()),
                "backup.example.test matches no mx pattern (mx1.example.test, *.mx.example.test): under enforce"
                        + " senders refuse to deliver to it");
        assertFailed(policy.judge(compliant().mx("a.b.mx.example.test").build()), "a.b.mx.example.test matches no");
        assertFailed(policy.judge(compliant().response(200, "text/plain", POLICY.replace("mx: mx1.example.test",
                "mx: 192.0.2.10")).build()), "mx '192.0.2.10': an IP address");
        assertFailed(policy.judge(compliant().response(200, "text/plain", POLICY + "nmx: mx2.example.test\n").build()),
                "unknown field 'nmx' is one edit from 'mx': a typo?");
        assertFailed(policy.judge(compliant().response(200, "text/plain", POLICY.replace("86400", "31557601")).build()),
                "max_age '31557601': more than 31557600");
        assertFailed(policy.judge(compliant().badCertificateOn("a.mx.example.test").build()),
                "a.mx.example.test's certificate is not valid for it");
        assertThat(policy.judge(compliant().unreachable("a.mx.example.test").build()).outcome())
                .isEqualTo(Outcome.BROKEN);
        assertThat(policy.judge(compliant().response(200, "text/plain", "version: STSv1\nmode: none\nmax_age: 1\n")
                .mx("elsewhere.example.test").build()).message()).contains("mode none");
        assertThat(policy.judge(compliant().response(200, "text/plain", POLICY + "comment: fine\n").build()).message())
                .contains("comment 'fine': an unknown field (senders ignore it)");
        assertThat(policy.judge(compliant().stoppedAt(PolicyFetch.Stage.TLS_FAILED, false).build()).outcome())
                .isEqualTo(Outcome.BROKEN);
    }

    @Test
    void daneAndMtaStsBothPublishedSayWhichApplies() {
        Verdict verdict = policy.judge(compliant().daneOn("mx1.example.test").build());
        assertThat(verdict.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(verdict.message()).contains("DANE TLSA records (DNSSEC-secure) are published for mx1.example.test:"
                + " senders that support DANE apply DANE there and not MTA-STS (RFC 8461 §2)");
        assertThat(policy.judge(compliant().build()).message()).doesNotContain("DANE");
    }

    @Test
    void tlsrpt01() {
        assertFailed(tlsRpt.judge(compliant().tlsRpt().build()), "no TLS-RPT record at _smtp._tls.example.test.");
        assertFailed(tlsRpt.judge(compliant().tlsRpt("v=TLSRPTv1; rua=http://example.test/r").build()),
                "scheme 'http:': only mailto: and https: are defined");
        assertFailed(tlsRpt.judge(compliant().tlsRpt("v=TLSRPTv1; rua=mailto:a@example.test",
                "v=TLSRPTv1; rua=mailto:b@example.test").build()), "2 TXT records begin with 'v=TLSRPTv1;'");
        assertThat(tlsRpt.judge(compliant().tlsRpt("v=TLSRPTv1;rua=mailto:a@example.test,https://r.example.test/v1")
                .sts().build()).outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void theParsersProblemsAreQuotedInFrenchInAFrenchRun() {
        String txt = french(record.judge(compliant().sts("v=STSv1; id=2026-12-02").build()));
        assertThat(txt).contains("id '2026-12-02' : seuls lettres et chiffres sont permis (RFC 8461 §3.1)");
        String invalid = french(policy.judge(compliant().response(200, "text/plain",
                "version: STSv2\nmode: Enforce\nmax_age: 86400\n\nmx: mx1.example.test\nMode: x\n").build()));
        assertThat(invalid).contains("version 'STSv2' : doit être 'STSv1' (sensible à la casse) (RFC 8461 §3.2)")
                .contains("ligne 4 : une ligne vide (l'ABNF n'en prévoit aucune, pas même à la fin)")
                .contains("Mode 'x' : les noms de champ sont sensibles à la casse : 'Mode' n'est pas 'mode',"
                        + " les expéditeurs l'ignorent donc");
        String mx = french(policy.judge(compliant().response(200, "text/plain",
                "version: STSv1\nmode: enforce\nmax_age: 86400\nmx: 192.0.2.1\nmx: mail.*.example.test\n").build()));
        assertThat(mx).contains("mx '192.0.2.1' : une adresse IP : les valeurs mx sont des noms d'hôte")
                .contains("mx 'mail.*.example.test' : un joker n'est permis que comme tout le label de gauche ('*.')");
        String noted = french(policy.judge(compliant().response(200, "text/plain",
                POLICY + "comment: fine\n").build()));
        assertThat(noted).contains("comment 'fine' : un champ inconnu (les expéditeurs l'ignorent)");
        String rua = french(tlsRpt.judge(compliant().tlsRpt("v=TLSRPTv1; rua=http://example.test/r; x=").build()));
        assertThat(rua).contains("schéma 'http:' : seuls mailto: et https: sont définis");
        String tags = french(tlsRpt.judge(compliant().tlsRpt("v=TLSRPTv1;; rua").build()));
        assertThat(tags).contains("champ 2");
        String two = french(tlsRpt.judge(compliant().tlsRpt("v=TLSRPTv1; rua=mailto:a@example.test",
                "v=TLSRPTv1; rua=mailto:b@example.test").build()));
        assertThat(two).isEqualTo("2 enregistrements TXT commencent par 'v=TLSRPTv1;' : les expéditeurs doivent alors"
                + " faire comme s'il n'y en avait aucun (RFC 8460 §3)");
        String other = french(tlsRpt.judge(compliant().tlsRpt("v=spf1 -all").build()));
        assertThat(other).contains("(aucun enregistrement TXT ne commence par 'v=TLSRPTv1;' (1 autre écarté))");
        String skipped = french(policy.judge(compliant().sts("v=STSv1; id=").build()));
        assertThat(skipped).contains("l'enregistrement est invalide : id : vide (RFC 8461 §3.1)");
        for (String text : new String[] {txt, invalid, mx, noted, rua, tags, two, other, skipped}) {
            assertThat(EnglishLeftovers.in(text)).as(text).isEmpty();
        }
    }

    private static String french(Verdict verdict) {
        return verdict.reason().render(ReportLanguage.FR);
    }

    private static void assertFailed(Verdict verdict, String message) {
        assertThat(verdict.outcome()).as(verdict.message()).isEqualTo(Outcome.FAILED);
        assertThat(verdict.message()).contains(message);
    }
}
